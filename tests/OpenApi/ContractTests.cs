using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Attribution.Tests.Infrastructure;
using Json.Schema;
using Microsoft.AspNetCore.Hosting;
using Xunit.Abstractions;

namespace Attribution.Tests.OpenApi;

/// <summary>
/// Walks the whole OpenAPI document against a fresh service with the demo article, as an integrator's generated client
/// and an editor in Swagger UI meet it: every operation is described and typed, every request example succeeds when
/// sent unchanged in document order, and every answer (success and error) validates against the schema the document
/// gives for its status.
/// </summary>
public sealed class ContractTests(AttributionApi api, ITestOutputHelper output) : IClassFixture<AttributionApi>
{
    private sealed record Operation(string Method, string Path, JsonObject Spec);

    private static List<Operation> Operations(JsonNode document) => document["paths"]!.AsObject()
        .SelectMany(path => path.Value!.AsObject().Select(op => new Operation(op.Key.ToUpperInvariant(), path.Key, op.Value!.AsObject())))
        .ToList();

    [Fact]
    public async Task Every_operation_is_described_typed_and_lists_its_errors()
    {
        var document = await api.CreateClient().GetJsonAsync("/openapi/v1.json");
        var tags = document["tags"]!.AsArray().ToDictionary(t => (string)t!["name"]!, t => (string?)t!["description"]);
        foreach (var (method, path, spec) in Operations(document))
        {
            var name = $"{method} {path}";
            foreach (var tag in spec["tags"]!.AsArray().Select(t => (string)t!))
                Assert.True(!string.IsNullOrWhiteSpace(tags.GetValueOrDefault(tag)), $"{name}: tag {tag} has no description");
            Assert.False(string.IsNullOrWhiteSpace((string?)spec["summary"]), $"{name}: no summary");
            Assert.False(string.IsNullOrWhiteSpace((string?)spec["description"]), $"{name}: no description");
            foreach (var parameter in spec["parameters"]?.AsArray() ?? [])
            {
                var schema = parameter!["schema"]!;
                Assert.True(schema["type"] is not null || schema["$ref"] is not null, $"{name}: parameter {parameter["name"]} has no type");
            }
            var responses = spec["responses"]!.AsObject();
            var success = responses.Where(r => r.Key.StartsWith('2')).ToList();
            Assert.True(success.Count > 0, $"{name}: no success response");
            foreach (var (status, response) in success.Where(r => r.Key != "204"))
                Assert.True(response!["content"]?.AsObject().Any(c => c.Value!["schema"] is not null) == true, $"{name}: {status} has no schema");
            Assert.Contains("400", responses.Select(r => r.Key));
            if (!path.StartsWith("/health", StringComparison.Ordinal))
                Assert.True(responses.ContainsKey("401") && responses.ContainsKey("429"), $"{name}: 401 or 429 missing");
            foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
                Assert.True(response!["content"]?["application/problem+json"] is not null, $"{name}: {status} is not a problem document");
        }

        // No schema property without a type (a generated client would make it an untyped node).
        foreach (var (schemaName, schema) in document["components"]!["schemas"]!.AsObject())
            foreach (var (property, value) in schema!["properties"]?.AsObject() ?? [])
            {
                var typed = value!["type"] is not null || value["$ref"] is not null || value["oneOf"] is not null || value["anyOf"] is not null;
                Assert.True(typed, $"{schemaName}.{property} has no type");
                if (value["type"]?.ToJsonString().Contains("\"array\"") == true)
                    Assert.True(value["items"] is not null, $"{schemaName}.{property} is an array without items");
            }
    }

    [Fact]
    public async Task Every_request_example_succeeds_unchanged_on_a_fresh_start_and_every_answer_fits_its_schema()
    {
        // A fresh service, as ./run.sh starts it: the demo article is loaded.
        await using var service = await AttributionApi.CreateAsync();
        using var fresh = service.WithWebHostBuilder(builder => builder.UseSetting("Attribution:LoadDemoData", "true"));
        var client = fresh.CreateClient();
        var document = await client.GetJsonAsync("/openapi/v1.json");
        var failures = new List<string>();

        foreach (var operation in Operations(document))
        {
            // Each operation as Swagger UI sends it: the example body, path ids and required parameters prefilled.
            var response = await client.SendAsync(Request(operation, document));
            var body = await response.Content.ReadAsStringAsync();
            var name = $"{operation.Method} {operation.Path}";
            // (A webhook delivery exists only once an event was sent to the endpoint: on a fresh start there is none to redeliver.)
            var noDeliveryYet = operation.Path.EndsWith("/redeliver", StringComparison.Ordinal) && response.StatusCode == HttpStatusCode.NotFound;
            if (!response.IsSuccessStatusCode && !noDeliveryYet) failures.Add($"{name}: the example got {(int)response.StatusCode}: {body}");
            else if (Check(document, operation, response, body) is { } mismatch) failures.Add($"{name}: {mismatch}");

            // And its errors: an unknown id and no key, checked against the problem schema documented for them.
            if (operation.Path.Contains("{id}"))
            {
                var missing = await client.SendAsync(Request(operation, document, id: "987654321"));
                if (Check(document, operation, missing, await missing.Content.ReadAsStringAsync()) is { } notFound) failures.Add($"{name} 404: {notFound}");
            }
            if (operation.Spec["security"] is not JsonArray { Count: 0 })
            {
                var anonymous = fresh.CreateClient();
                anonymous.DefaultRequestHeaders.Remove("X-Api-Key");
                var refused = await anonymous.SendAsync(Request(operation, document));
                if ((int)refused.StatusCode != 401) failures.Add($"{name}: {(int)refused.StatusCode} without a key");
                else if (Check(document, operation, refused, await refused.Content.ReadAsStringAsync()) is { } unauthorized)
                    failures.Add($"{name} 401: {unauthorized}");
            }
        }
        foreach (var failure in failures) output.WriteLine(failure);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static HttpRequestMessage Request(Operation operation, JsonNode document, string? id = null)
    {
        var query = new List<string>();
        var path = operation.Path;
        foreach (var parameter in operation.Spec["parameters"]?.AsArray() ?? [])
        {
            var name = (string)parameter!["name"]!;
            var example = parameter["example"]?.ToString();
            if ((string?)parameter["in"] == "path") path = path.Replace($"{{{name}}}", id ?? example ?? "1");
            else if ((bool?)parameter["required"] == true)
                query.Add($"{name}={Uri.EscapeDataString(example ?? RequiredValue(name))}");
        }
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), path + (query.Count > 0 ? "?" + string.Join("&", query) : ""));
        if (operation.Spec["requestBody"]?["content"]?.AsObject() is { Count: > 0 } content)
        {
            var (mediaType, media) = content.First();
            Assert.True(media!["example"] is not null, $"{operation.Method} {operation.Path} has no request example");
            var text = media["example"] is JsonValue value && value.TryGetValue<string>(out var raw) ? raw : media["example"]!.ToJsonString();
            request.Content = new StringContent(text, Encoding.UTF8, mediaType);
        }
        return request;
    }

    /// <summary>What Swagger UI asks a person to type for a required parameter without an example.</summary>
    private static string RequiredValue(string name) => name switch
    {
        "text" => "putting a fox in charge of the chicken coop",
        "reason" => "Recorded twice",
        _ => "x",
    };

    /// <summary>Whether the answer's status is documented and its body fits the documented schema; null when it does.</summary>
    private static string? Check(JsonNode document, Operation operation, HttpResponseMessage response, string body)
    {
        var status = ((int)response.StatusCode).ToString();
        if (operation.Spec["responses"]![status] is not { } documented) return $"status {status} is not documented";
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        // A stream of lines may hold none.
        if (body.Length == 0) return documented["content"] is null || mediaType is "application/x-ndjson" or "text/csv" ? null : $"{status} has no body";
        if (documented["content"]?[mediaType]?["schema"] is not { } schema) return $"{status} as {mediaType} is not documented";
        if (mediaType == "application/x-ndjson" || mediaType == "text/csv") return null;

        // The documented schema with the document's components as its $defs: a JSON Schema 2020-12 of its own.
        var root = new JsonObject { ["$defs"] = document["components"]!["schemas"]!.DeepClone() };
        foreach (var (key, value) in schema.AsObject()) root[key] = value?.DeepClone();
        var results = JsonSchema.FromText(root.ToJsonString().Replace("#/components/schemas/", "#/$defs/"))
            .Evaluate(JsonNode.Parse(body), new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return null;
        var errors = results.Details.Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(5);
        return $"{status} does not fit its schema: {string.Join("; ", errors)}";
    }
}
