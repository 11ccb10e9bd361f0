using System.Net;
using System.Text.Json.Nodes;
using Attribution.Tests.Infrastructure;

namespace Attribution.Tests.OpenApi;

public sealed class OpenApiTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    private readonly HttpClient client = api.CreateClient();

    [Fact]
    public async Task The_document_is_built_once_per_host_and_then_served_from_memory()
    {
        var client = api.AnonymousClient();
        await client.GetAsync("/openapi/v1.json");
        var again = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.NotNull(again.Headers.Age); // served from the output cache, not rebuilt

        var elsewhere = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json") { Headers = { Host = "attribution.example" } };
        var document = JsonNode.Parse(await (await client.SendAsync(elsewhere)).Content.ReadAsStringAsync())!;
        Assert.Equal("http://attribution.example", (string?)document["servers"]![0]!["url"]);
    }

    [Fact]
    public async Task Every_operation_has_an_id_summary_and_description()
    {
        var document = await client.GetJsonAsync("/openapi/v1.json");
        // tools/lint-openapi.sh lints the document this test reads.
        if (Environment.GetEnvironmentVariable("OPENAPI_OUT") is { Length: > 0 } path)
            await File.WriteAllTextAsync(path, document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Route: $"{op.Key} {path.Key}", Operation: op.Value!))).ToList();
        Assert.True(operations.Count >= 20, $"only {operations.Count} operations");
        Assert.All(operations, op =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)op.Operation["operationId"]), op.Route);
            Assert.False(string.IsNullOrWhiteSpace((string?)op.Operation["summary"]), op.Route);
            Assert.False(string.IsNullOrWhiteSpace((string?)op.Operation["description"]), op.Route);
        });
    }

    [Fact]
    public async Task Request_and_response_schemas_carry_examples()
    {
        var schemas = (await client.GetJsonAsync("/openapi/v1.json"))["components"]!["schemas"]!.AsObject();

        var ours = schemas.Where(s => s.Value!["properties"] is not null && s.Key is not ("HttpValidationProblemDetails" or "JsonElement")).ToList();
        Assert.True(ours.Count >= 20, $"only {ours.Count} schemas");
        // A schema made only of references to other schemas (a list wrapper) takes its examples from them.
        static bool IsReference(JsonNode property) => property["$ref"] is not null || property["items"]?["$ref"] is not null;
        Assert.All(ours, schema =>
        {
            var properties = schema.Value!["properties"]!.AsObject();
            Assert.True(properties.Any(p => p.Value!["examples"] is JsonArray { Count: > 0 }) || properties.All(p => IsReference(p.Value!)),
                $"{schema.Key} has no example");
        });
    }

    [Fact]
    public async Task Query_parameters_are_documented_in_camel_case()
    {
        var list = (await client.GetJsonAsync("/openapi/v1.json"))["paths"]!["/quotes"]!["get"]!;
        var names = list["parameters"]!.AsArray().Where(p => (string?)p!["in"] == "query").Select(p => (string?)p!["name"]).ToList();
        Assert.Equal(["speakerId", "articleId", "outletId", "kind", "from", "to", "q", "status", "includeRetracted", "limit", "cursor"], names);
    }

    [Fact]
    public async Task Reads_take_the_position_header_and_writes_return_it()
    {
        var paths = (await client.GetJsonAsync("/openapi/v1.json"))["paths"]!;

        var header = paths["/quotes/{id}"]!["get"]!["parameters"]!.AsArray().Single(p => (string?)p!["name"] == "X-Attribution-Position")!;
        Assert.Equal("header", (string?)header["in"]);
        Assert.NotNull(paths["/quotes"]!["post"]!["responses"]!["201"]!["headers"]!["X-Attribution-Position"]);
        Assert.Null(paths["/extract"]!["post"]!["responses"]!["200"]!["headers"]); // computes, stores nothing
    }

    [Fact]
    public async Task Swagger_ui_and_the_document_are_served_without_a_key()
    {
        var anonymous = api.AnonymousClient();

        Assert.Contains("swagger-ui", await anonymous.GetStringAsync("/swagger/index.html"));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await anonymous.GetAsync("/swagger/swagger-initializer.js")).StatusCode);
        var document = await anonymous.GetJsonAsync("/openapi/v1.json");
        Assert.Empty(document["paths"]!["/health"]!["get"]!["security"]!.AsArray());
    }
}
