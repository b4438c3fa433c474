package com.example.securityir;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.securityir.CaseStatus;
import com.pulumi.securityir.CaseStatusArgs;
import com.pulumi.securityir.Provider;
import com.pulumi.securityir.ProviderArgs;

/**
 * Declares two cases through an explicit provider pointed at the local emulator. Settings:
 * {@code endpoint} (default http://127.0.0.1:8443) and the secrets {@code accessKey} and {@code
 * secretKey}.
 */
public final class App {

  private App() {}

  public static void main(String[] args) {
    Pulumi.run(App::stack);
  }

  static void stack(Context ctx) {
    var config = ctx.config();
    var emulator =
        new Provider(
            "emulator",
            ProviderArgs.builder()
                .endpoint(config.get("endpoint").orElse("http://127.0.0.1:8443"))
                .region("us-east-1")
                .accessKey(config.requireSecret("accessKey"))
                .secretKey(config.requireSecret("secretKey"))
                .build());
    var viaEmulator = CustomResourceOptions.builder().provider(emulator).build();

    var phishing =
        new CaseStatus(
            "phishing",
            CaseStatusArgs.builder().caseId("8403556001").status("Detection and Analysis").build(),
            viaEmulator);
    var credentialStuffing =
        new CaseStatus(
            "credential-stuffing",
            CaseStatusArgs.builder()
                .caseId("8403556002")
                .status("Containment, Eradication, and Recovery")
                .closeOnDelete(true)
                .build(),
            viaEmulator);

    ctx.export("phishingStatus", phishing.status());
    ctx.export("credentialStuffingTransitions", credentialStuffing.lastTransitions());
  }
}
