package com.pulumi.securityir.emulator;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every operation of the service model with its HTTP binding (method, URI template, success
 * status), and whether the emulator implements it. Operations it does not implement are still
 * routed, so they answer a clear wire-format error instead of looking like an unknown path.
 */
public enum Operation {
  BATCH_GET_MEMBER_ACCOUNT_DETAILS(
      "BatchGetMemberAccountDetails",
      "POST",
      "/v1/membership/{membershipId}/batch-member-details",
      200,
      true),
  CANCEL_MEMBERSHIP("CancelMembership", "PUT", "/v1/membership/{membershipId}", 200, true),
  CLOSE_CASE("CloseCase", "POST", "/v1/cases/{caseId}/close-case", 200, true),
  CREATE_CASE("CreateCase", "POST", "/v1/create-case", 201, true),
  CREATE_CASE_COMMENT("CreateCaseComment", "POST", "/v1/cases/{caseId}/create-comment", 201, true),
  CREATE_MEMBERSHIP("CreateMembership", "POST", "/v1/membership", 201, true),
  GET_CASE("GetCase", "GET", "/v1/cases/{caseId}/get-case", 200, true),
  GET_CASE_ATTACHMENT_DOWNLOAD_URL(
      "GetCaseAttachmentDownloadUrl",
      "GET",
      "/v1/cases/{caseId}/get-presigned-url/{attachmentId}",
      201,
      false),
  GET_CASE_ATTACHMENT_UPLOAD_URL(
      "GetCaseAttachmentUploadUrl", "POST", "/v1/cases/{caseId}/get-presigned-url", 201, false),
  GET_MEMBERSHIP("GetMembership", "GET", "/v1/membership/{membershipId}", 200, true),
  LIST_CASE_EDITS("ListCaseEdits", "POST", "/v1/cases/{caseId}/list-case-edits", 200, true),
  LIST_CASES("ListCases", "POST", "/v1/list-cases", 200, true),
  LIST_COMMENTS("ListComments", "POST", "/v1/cases/{caseId}/list-comments", 200, true),
  LIST_INVESTIGATIONS(
      "ListInvestigations", "GET", "/v1/cases/{caseId}/list-investigations", 200, false),
  LIST_MEMBERSHIPS("ListMemberships", "POST", "/v1/memberships", 200, true),
  LIST_TAGS_FOR_RESOURCE("ListTagsForResource", "GET", "/v1/tags/{resourceArn}", 200, true),
  SEND_FEEDBACK(
      "SendFeedback", "POST", "/v1/cases/{caseId}/feedback/{resultId}/send-feedback", 200, false),
  TAG_RESOURCE("TagResource", "POST", "/v1/tags/{resourceArn}", 204, true),
  UNTAG_RESOURCE("UntagResource", "DELETE", "/v1/tags/{resourceArn}", 200, true),
  UPDATE_CASE("UpdateCase", "POST", "/v1/cases/{caseId}/update-case", 200, true),
  UPDATE_CASE_COMMENT(
      "UpdateCaseComment", "PUT", "/v1/cases/{caseId}/update-case-comment/{commentId}", 200, true),
  UPDATE_CASE_STATUS(
      "UpdateCaseStatus", "POST", "/v1/cases/{caseId}/update-case-status", 201, true),
  UPDATE_MEMBERSHIP(
      "UpdateMembership", "PUT", "/v1/membership/{membershipId}/update-membership", 200, true),
  UPDATE_RESOLVER_TYPE(
      "UpdateResolverType", "POST", "/v1/cases/{caseId}/update-resolver-type", 200, true);

  private final String apiName;
  private final String method;
  private final String uriTemplate;
  private final int successStatus;
  private final boolean implemented;
  private final String[] segments;

  Operation(
      String apiName, String method, String uriTemplate, int successStatus, boolean implemented) {
    this.apiName = apiName;
    this.method = method;
    this.uriTemplate = uriTemplate;
    this.successStatus = successStatus;
    this.implemented = implemented;
    this.segments = uriTemplate.substring(1).split("/", -1);
  }

  /** The model's operation name, e.g. {@code UpdateCaseStatus}. */
  public String apiName() {
    return apiName;
  }

  /** The HTTP method of the binding. */
  public String method() {
    return method;
  }

  /** The model's {@code requestUri}. */
  public String uriTemplate() {
    return uriTemplate;
  }

  /** The status code answered on success ({@code responseCode} in the model). */
  public int successStatus() {
    return successStatus;
  }

  /**
   * Whether the emulator implements the operation (others answer ValidationException
   * UNKNOWN_OPERATION).
   */
  public boolean implemented() {
    return implemented;
  }

  /** The operation for a model name such as {@code CloseCase}. */
  public static Optional<Operation> byApiName(String name) {
    return Arrays.stream(values()).filter(o -> o.apiName.equals(name)).findFirst();
  }

  /** The model names of all operations. */
  public static List<String> apiNames() {
    return Arrays.stream(values()).map(Operation::apiName).toList();
  }

  /**
   * Matches a raw (still percent-encoded) request path against the template; on a match returns the
   * decoded labels. A label may be empty so that a missing label is reported as a missing member.
   */
  Optional<Map<String, String>> match(String rawPath) {
    if (!rawPath.startsWith("/")) {
      return Optional.empty();
    }
    String[] parts = rawPath.substring(1).split("/", -1);
    if (parts.length != segments.length) {
      return Optional.empty();
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      String t = segments[i];
      if (t.startsWith("{") && t.endsWith("}")) {
        Optional<String> decoded = PercentDecoding.decode(parts[i]);
        if (decoded.isEmpty()) {
          return Optional.empty();
        }
        labels.put(t.substring(1, t.length() - 1), decoded.get());
      } else if (!t.equals(parts[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(labels);
  }
}
