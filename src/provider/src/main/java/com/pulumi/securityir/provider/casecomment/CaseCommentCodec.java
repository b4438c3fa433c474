package com.pulumi.securityir.provider.casecomment;

import static com.pulumi.securityir.core.resource.CaseCommentResource.BODY;
import static com.pulumi.securityir.core.resource.CaseCommentResource.CASE_ID;
import static com.pulumi.securityir.core.resource.CaseCommentResource.COMMENT_ID;
import static com.pulumi.securityir.core.resource.CaseCommentResource.CREATED_DATE;
import static com.pulumi.securityir.core.resource.CaseCommentResource.LAST_UPDATED_DATE;

import com.pulumi.securityir.core.gateway.CaseComment;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.core.resource.CaseCommentResource;
import com.pulumi.securityir.provider.resource.ClientToken;
import com.pulumi.securityir.provider.resource.DescriptorRules;
import com.pulumi.securityir.provider.resource.Inputs;
import com.pulumi.securityir.provider.resource.PropertyCodec;
import com.pulumi.securityir.provider.resource.PropertyMap;
import com.pulumi.securityir.provider.resource.PropertyProblem;
import com.pulumi.securityir.provider.resource.PropertyValue;
import com.pulumi.securityir.provider.resource.ShapeRules;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The properties of {@code securityir:index:CaseComment}, by {@link
 * CaseCommentResource#DESCRIPTOR}. Stateless and thread-safe.
 */
public final class CaseCommentCodec
    implements PropertyCodec<CaseCommentInputs, CaseCommentOutputs> {

  private static final DescriptorRules.InputHints HINTS =
      input ->
          input.name().equals(CASE_ID)
              ? "the numeric id of the case, e.g. \"8403556009\" or a Case's caseId output"
              : "the comment text, 1 to 12,000 characters";

  @Override
  public List<PropertyProblem> validate(PropertyMap news) {
    return DescriptorRules.checkInputs(CaseCommentResource.DESCRIPTOR, news, HINTS);
  }

  @Override
  public Inputs<CaseCommentInputs> decodeInputs(PropertyMap inputs) {
    Optional<CaseId> caseId = caseId(inputs);
    Optional<String> body = inputs.text(BODY);
    if (caseId.isEmpty() || body.isEmpty()) {
      return new Inputs.Incomplete<>(inputs);
    }
    return new Inputs.Known<>(
        new CaseCommentInputs(caseId.get(), body.get(), ClientToken.of(inputs)));
  }

  @Override
  public PropertyMap encodeInputs(CaseCommentInputs inputs) {
    Map<String, PropertyValue> values = new LinkedHashMap<>();
    values.put(CASE_ID, PropertyValue.text(inputs.caseId().value()));
    values.put(BODY, new PropertyValue.Text(inputs.body(), true));
    inputs.clientToken().ifPresent(t -> values.put(ClientToken.KEY, PropertyValue.text(t)));
    return new PropertyMap(values);
  }

  @Override
  public PropertyMap encodeOutputs(CaseCommentOutputs outputs) {
    CaseComment comment = outputs.comment();
    Map<String, PropertyValue> values = new LinkedHashMap<>();
    values.put(CASE_ID, PropertyValue.text(outputs.caseId().value()));
    values.put(COMMENT_ID, PropertyValue.text(comment.commentId()));
    values.put(BODY, PropertyValue.text(comment.body()));
    comment
        .createdDate()
        .ifPresent(d -> values.put(CREATED_DATE, PropertyValue.text(d.toString())));
    comment
        .lastUpdatedDate()
        .ifPresent(d -> values.put(LAST_UPDATED_DATE, PropertyValue.text(d.toString())));
    return new PropertyMap(values);
  }

  @Override
  public Optional<CaseCommentOutputs> decodeOutputs(PropertyMap state) {
    Optional<CaseId> caseId = caseId(state);
    Optional<String> commentId = state.text(COMMENT_ID);
    Optional<String> body = state.text(BODY);
    if (caseId.isEmpty() || commentId.isEmpty() || body.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new CaseCommentOutputs(
            caseId.get(),
            new CaseComment(
                commentId.get(),
                body.get(),
                date(state, CREATED_DATE),
                date(state, LAST_UPDATED_DATE))));
  }

  static Optional<CaseId> caseId(PropertyMap properties) {
    return properties
        .text(CASE_ID)
        .flatMap(
            t ->
                CaseId.parse(t) instanceof Parsed.Success<CaseId> s
                    ? Optional.of(s.value())
                    : Optional.empty());
  }

  private static Optional<Instant> date(PropertyMap state, String name) {
    return state.text(name).flatMap(ShapeRules::instant);
  }
}
