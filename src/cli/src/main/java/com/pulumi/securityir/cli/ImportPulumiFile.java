package com.pulumi.securityir.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.pulumi.securityir.cases.CasesFileWriter;
import com.pulumi.securityir.core.resource.CaseStatusResource;
import java.util.List;

/**
 * The file {@code pulumi import --file} takes: {@code {"resources": [{"type", "name", "id"}]}}, one
 * {@code securityir:index:CaseStatus} per declared case, with the cases file's names, so a Pulumi
 * program that declares the cases file's entries finds them imported. The id is the case id, the id
 * the provider's Read expects. Stateless.
 */
final class ImportPulumiFile {

  private ImportPulumiFile() {}

  static String json(List<CasesFileWriter.Declared> cases) {
    JsonArray resources = new JsonArray();
    for (CasesFileWriter.Declared c : cases) {
      JsonObject resource = new JsonObject();
      resource.addProperty("type", CaseStatusResource.TOKEN);
      resource.addProperty("name", c.name());
      resource.addProperty("id", c.caseId().value());
      resources.add(resource);
    }
    JsonObject file = new JsonObject();
    file.add("resources", resources);
    return new GsonBuilder().setPrettyPrinting().create().toJson(file) + "\n";
  }
}
