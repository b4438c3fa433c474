/** Text helpers for messages people read: "did you mean" suggestions and safe quoting. */
package com.pulumi.securityir.core.text;
