using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Attribution.Api.Keys;
using Microsoft.OpenApi;

namespace Attribution.Api.Infrastructure;

public static class OpenApi
{
    public static IServiceCollection AddAttributionOpenApi(this IServiceCollection services) =>
        services.AddOutputCache().AddOpenApi(options => options.AddProblemResponses().AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Attribution",
                Version = "v1",
                Description = """
                    Who said what, where, when and in what capacity. Quotes are stored with their speakers, the speakers'
                    affiliation as stated, and the article they appeared in, down to the character span (Unicode code points).
                    Errors are RFC 9457 problem documents naming the field and the reason.
                    Every operation but /health needs an API key in the X-Api-Key header: readers may read, editors may
                    also write, admins may also manage keys.
                    """,
            };
            var scheme = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = ApiKeyAuthentication.Header,
                Description = "An API key from POST /keys, or the ATTRIBUTION_ADMIN_KEY the service was started with.",
            };
            foreach (var server in document.Servers ?? []) server.Url = server.Url?.TrimEnd('/');
            document.Tags = Tags.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }).ToHashSet();
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme> { [ApiKeyAuthentication.SchemeName] = scheme };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.SchemeName, document)] = [] }];
            return Task.CompletedTask;
        }).AddOperationTransformer((operation, context, _) =>
        {
            // [AsParameters] records bind case-insensitively; document the camelCase names clients should send, and mark
            // the ones a query needs (a property with [Required]).
            var required = context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>()
                .SelectMany(m => m.GetParameters()).Where(p => p.IsDefined(typeof(AsParametersAttribute)))
                .SelectMany(p => p.ParameterType.GetProperties()).Where(p => p.IsDefined(typeof(RequiredAttribute)))
                .Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                // The demo article (1) and its first quote and speaker exist on a fresh ./run.sh.
                if (parameter.In == ParameterLocation.Path && parameter.Name == "id") parameter.Example = 1;
                if (parameter.In != ParameterLocation.Query) continue;
                if (required.Contains(parameter.Name!)) parameter.Required = true;
                parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
            }
            return Task.CompletedTask;
        }).AddSchemaTransformer((schema, context, _) =>
        {
            // Enums are written as strings (JsonStringEnumConverter): say so, for generators that need a type.
            if (context.JsonTypeInfo.Type.IsEnum && schema.Enum is { Count: > 0 }) schema.Type = JsonSchemaType.String;
            return Task.CompletedTask;
        }).AddOperationTransformer(ReadPositions).AddDocumentTransformer(MergePatchSchemas));

    /// <summary>The document's tags, in the order an editor meets them in Swagger UI.</summary>
    private static readonly Dictionary<string, string> Tags = new()
    {
        ["Health"] = "Liveness and readiness; no key needed.",
        ["Keys"] = "API keys and their roles (admin).",
        ["Outlets"] = "News outlets: the publishers of articles.",
        ["Articles"] = "Articles: where quotes appeared, with the text the quotes' spans point into.",
        ["Speakers"] = "People, organisations, groups and anonymous sources that are quoted, and their affiliations over time.",
        ["Quotes"] = "Who said what, where, when and in what capacity: record, correct, retract and review quotes.",
        ["Search"] = "Who said this? Find the stored quotes a circulating text comes from, and where a quote appeared.",
        ["Claims"] = "Claims and fact-checks: checkable statements, who made them, where they appeared, the verdicts on them (schema.org ClaimReview).",
        ["Verification"] = "Check a quote as it circulates against the record: verbatim, altered, misattributed or not found.",
        ["Extraction"] = "Find the attributed quotes in an article's text.",
        ["Events"] = "The change feed: every change, in order, once, for integrations that stay in sync.",
        ["Webhooks"] = "Signed webhooks (Standard Webhooks) that push the change feed's events to an integration (admin).",
        ["Import and export"] = "Bulk import (NDJSON, Quotebank) and streamed export (NDJSON, CSV).",
    };

    /// <summary>The id Swagger UI fills in for this operation instead of 1 (the demo article's and its first quote's):
    /// for a delete, the resource the operation's create example made on a fresh start, so that both succeed in order.</summary>
    public static TBuilder WithIdExample<TBuilder>(this TBuilder builder, long id) where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>().Where(p => p.Name == "id") ?? []) parameter.Example = id;
            return Task.CompletedTask;
        });

    /// <summary>The request body Swagger UI fills in: one that succeeds when sent unchanged on a fresh ./run.sh (with the demo
    /// article), in the order an editor meets the operations.</summary>
    public static TBuilder WithRequestExample<TBuilder>(this TBuilder builder, object example) where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            foreach (var media in operation.RequestBody?.Content?.Values ?? [])
                media.Example = example as JsonNode ?? JsonSerializer.SerializeToNode(example, Json.Options);
            return Task.CompletedTask;
        });

    /// <summary>
    /// PATCH bodies are merge patches of a resource's request: every field optional, and null clears it. Each gets its own
    /// schema (<c>QuoteRequestPatch</c>, ...) made from the request's, without required fields and with null allowed.
    /// </summary>
    private static Task MergePatchSchemas(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        var schemas = document.Components?.Schemas;
        if (schemas is null) return Task.CompletedTask;
        // A JsonElement is a resource as it was (history snapshots): a JSON object of that resource's fields.
        if (schemas.ContainsKey("JsonElement"))
            schemas["JsonElement"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object, AdditionalPropertiesAllowed = true,
                Description = "A JSON object: the resource's fields, as the resource's own schema describes them.",
            };
        foreach (var (path, item) in document.Paths)
        {
            if (item.Operations?.GetValueOrDefault(HttpMethod.Patch) is not { RequestBody.Content: { } content } operation) continue;
            var resource = operation.OperationId?.Replace("Patch", "") + "Request";
            if (!schemas.TryGetValue(resource, out var request) || request is not OpenApiSchema source) continue;
            var patchName = resource + "Patch";
            if (!schemas.ContainsKey(patchName))
            {
                var patch = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = $"A JSON merge patch (RFC 7396) of {resource}: the fields to change; null clears an optional field; absent fields stay.",
                    Properties = source.Properties?.ToDictionary(p => p.Key, p => p.Value),
                    AdditionalPropertiesAllowed = false,
                };
                schemas[patchName] = patch;
            }
            foreach (var media in content.Values) media.Schema = new OpenApiSchemaReference(patchName, document);
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Reads (handlers that take <see cref="ReadDb"/>) accept the position header; writes (other methods that take the
    /// primary's data source) return it.
    /// </summary>
    private static Task ReadPositions(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var parameters = context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>()
            .SelectMany(m => m.GetParameters()).Select(p => p.ParameterType).ToList();
        var schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9A-Fa-f]{1,8}/[0-9A-Fa-f]{1,8}$" };
        if (parameters.Contains(typeof(ReadDb)))
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = Replicas.PositionHeader, In = ParameterLocation.Header, Required = false, Schema = schema, Example = "0/16B3748",
                Description = "The position a write of yours returned: the answer then includes that write (a replica that has not replayed it "
                              + "is waited for briefly, else the primary answers). Without it, a read may come from a replica up to "
                              + "Attribution:Replicas:MaxLagSeconds behind.",
            });
        }
        else if (context.Description.HttpMethod != "GET" && parameters.Contains(typeof(Npgsql.NpgsqlDataSource)))
        {
            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (!status.StartsWith('2') || response is not OpenApiResponse concrete) continue;
                concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                concrete.Headers[Replicas.PositionHeader] = new OpenApiHeader
                {
                    Schema = schema,
                    Description = "When the service reads from replicas: the write's commit position. Send it back in this header on "
                                  + "reads to see this write.",
                };
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>The OpenAPI document at /openapi/v1.json and Swagger UI at /swagger.</summary>
    public static WebApplication MapAttributionOpenApi(this WebApplication app)
    {
        // Building the document costs ~175 ms of CPU and it never changes while the process runs, so it is built once per
        // host name it is asked under (its server URL comes from the request) and kept: an anonymous caller cannot make
        // the service rebuild it in a loop.
        app.UseOutputCache();
        app.MapOpenApi().AllowAnonymous().CacheOutput(policy => policy.Expire(TimeSpan.FromDays(365)).SetVaryByHost(true));
        app.UseSwaggerUI(options =>
        {
            options.EnablePersistAuthorization();
            options.SwaggerEndpoint("/openapi/v1.json", "Attribution v1");
            options.RoutePrefix = "swagger";
            options.DocumentTitle = "Attribution API";
        });
        return app;
    }
}
