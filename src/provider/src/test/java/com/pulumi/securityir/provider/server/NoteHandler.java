package com.pulumi.securityir.provider.server;

import static com.pulumi.securityir.core.resource.PropertyDescriptor.optional;
import static com.pulumi.securityir.core.resource.PropertyDescriptor.required;

import com.pulumi.securityir.core.resource.PropertyType;
import com.pulumi.securityir.core.resource.ResourceDescriptor;
import com.pulumi.securityir.provider.resource.ApplyResult;
import com.pulumi.securityir.provider.resource.Created;
import com.pulumi.securityir.provider.resource.DescriptorRules;
import com.pulumi.securityir.provider.resource.Inputs;
import com.pulumi.securityir.provider.resource.Outputs;
import com.pulumi.securityir.provider.resource.PropertyCodec;
import com.pulumi.securityir.provider.resource.PropertyMap;
import com.pulumi.securityir.provider.resource.PropertyProblem;
import com.pulumi.securityir.provider.resource.PropertyValue;
import com.pulumi.securityir.provider.resource.ResourceHandler;
import com.pulumi.securityir.provider.resource.ResourceRequest;
import com.pulumi.securityir.provider.resource.Result;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A second resource type for server tests, as small as a handler can be: only Create and Update
 * written, everything else the defaults. A note whose text replaces it when it changes.
 */
final class NoteHandler implements ResourceHandler<NoteHandler.Note, NoteHandler.Note> {

  static final ResourceDescriptor DESCRIPTOR =
      new ResourceDescriptor(
          "test:index:Note",
          List.of(
              required("text", PropertyType.STRING).replacingOnChange(),
              optional("pinned", PropertyType.BOOLEAN)),
          List.of(
              required("text", PropertyType.STRING),
              required("pinned", PropertyType.BOOLEAN),
              required("signature", PropertyType.STRING).asSecret()));

  record Note(String text, boolean pinned) {}

  /** The requests this handler received, in order. */
  final List<ResourceRequest> received = new CopyOnWriteArrayList<>();

  @Override
  public ResourceDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public PropertyCodec<Note, Note> codec() {
    return new PropertyCodec<>() {
      @Override
      public List<PropertyProblem> validate(PropertyMap news) {
        return DescriptorRules.checkInputs(DESCRIPTOR, news, input -> "the note's text");
      }

      @Override
      public Inputs<Note> decodeInputs(PropertyMap inputs) {
        return inputs.text("text").isPresent() && !inputs.hasUnknowns()
            ? new Inputs.Known<>(new Note(inputs.text("text").get(), inputs.flag("pinned")))
            : new Inputs.Incomplete<>(inputs);
      }

      @Override
      public PropertyMap encodeInputs(Note note) {
        return new PropertyMap(
            Map.of(
                "text",
                PropertyValue.text(note.text()),
                "pinned",
                PropertyValue.flag(note.pinned())));
      }

      @Override
      public PropertyMap encodeOutputs(Note note) {
        return encodeInputs(note).with("signature", PropertyValue.text("signed " + note.text()));
      }

      @Override
      public Optional<Note> decodeOutputs(PropertyMap state) {
        return state.text("text").map(text -> new Note(text, state.flag("pinned")));
      }
    };
  }

  @Override
  public ApplyResult<Created<Note>> create(ResourceRequest.Create<Note> request) {
    received.add(request);
    Note note = request.inputs().known().orElseThrow();
    return Result.done(new Created<>("note-" + note.text(), new Outputs.Known<>(note)));
  }

  @Override
  public ApplyResult<Outputs<Note>> update(ResourceRequest.Update<Note, Note> request) {
    received.add(request);
    return Result.done(new Outputs.Known<>(request.news().known().orElseThrow()));
  }
}
