using System.Text.Json.Nodes;
using Attribution.Api.Keys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Attribution.Api.Infrastructure;

/// <summary>
/// Puts the errors in the contract: every operation lists every status it can answer with, each an
/// application/problem+json document of one schema (<c>Problem</c>) that admits the members we add (traceId, errors,
/// existingId, invalidLines). The statuses follow from what the pipeline does to any request (so no handler can forget
/// one): 400 for any bad parameter; 401 and, below the operation's role, 403 for protected operations; 404 where an id
/// is in the path; 413 and 415 where there is a body; 409 and 422 on every POST (an Idempotency-Key in progress or reused);
/// 429 past a rate limit; 503 while the database cannot be reached. Endpoints add their own with <see cref="WithProblems"/>.
/// </summary>
public static class OpenApiProblems
{
    public const string Schema = "Problem";

    /// <summary>Statuses this operation answers besides those every operation of its kind has.</summary>
    public sealed record Statuses(int[] Codes);

    public static TBuilder WithProblems<TBuilder>(this TBuilder builder, params int[] statuses) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new Statuses(statuses));

    private static readonly Dictionary<int, string> Meaning = new()
    {
        [400] = "The request is not valid: a parameter or field, its type, format or range (`errors` names each).",
        [401] = "No API key, or one that is not valid or has been revoked.",
        [403] = "The key's role does not allow this operation.",
        [404] = "There is no resource with this id.",
        [409] = "Conflict with the stored data (an existing resource, a retracted quote), or a request with the same Idempotency-Key still in progress.",
        [412] = "If-Match names a version that is no longer current; nothing was changed.",
        [413] = "The body is over the operation's size limit.",
        [415] = "The body is not of a media type (or charset) the operation takes.",
        [422] = "The request does not fit the stored data (an unknown article or speaker, a quote missing from its article), or an Idempotency-Key reused with another request.",
        [429] = "Past a rate limit; `Retry-After` says in how many seconds to retry.",
        [503] = "The database cannot be reached; `Retry-After` says when to retry.",
    };

    public static OpenApiOptions AddProblemResponses(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas[Schema] = ProblemSchema();
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var method = context.Description.HttpMethod ?? "GET";
            var anonymous = metadata.OfType<IAllowAnonymous>().Any();
            var roles = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
            var statuses = new SortedSet<int> { 400, 503 };
            if (!metadata.OfType<DisableRateLimitingAttribute>().Any()) statuses.Add(429);
            if (!anonymous)
            {
                statuses.Add(401);
                if (roles.Any(r => r != nameof(Role.Reader))) statuses.Add(403);
            }
            if (context.Description.ParameterDescriptions.Any(p => p.Source.Id == "Path")) statuses.Add(404);
            if (operation.RequestBody is not null) statuses.UnionWith([413, 415]);
            if (method == "POST") statuses.UnionWith([409, 422]);
            foreach (var own in metadata.OfType<Statuses>()) statuses.UnionWith(own.Codes);

            operation.Responses ??= new OpenApiResponses();
            var reference = new OpenApiSchemaReference(Schema, context.Document);
            foreach (var status in statuses)
            {
                var key = status.ToString();
                if (operation.Responses.ContainsKey(key)) continue;
                var response = new OpenApiResponse
                {
                    Description = Meaning[status],
                    Content = new Dictionary<string, OpenApiMediaType> { [Problems.MediaType] = new() { Schema = reference } },
                };
                if (status is 429 or 503)
                    response.Headers = new Dictionary<string, IOpenApiHeader>
                    {
                        ["Retry-After"] = new OpenApiHeader
                        {
                            Description = "Seconds to wait before retrying.",
                            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
                        },
                    };
                operation.Responses[key] = response;
            }
            return Task.CompletedTask;
        });
        return options;
    }

    /// <summary>RFC 9457 problem details as this API sends them; other members may come and are allowed.</summary>
    private static OpenApiSchema ProblemSchema()
    {
        static OpenApiSchema Text(string description, JsonNode? example = null) => new()
        {
            Type = JsonSchemaType.String, Description = description, Examples = example is null ? null : [example],
        };
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "An RFC 9457 problem document. Clients should read `status` and `detail`, and `errors` for field errors.",
            Required = new HashSet<string> { "status", "title", "detail" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text("A URI reference that identifies the problem type.", "https://tools.ietf.org/html/rfc9110#section-15.5.5"),
                ["title"] = Text("A short summary of the problem type.", "Not found"),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Examples = [404] },
                ["detail"] = Text("What went wrong with this request, naming the field and the reason.", "There is no quote with id 987654."),
                ["instance"] = Text("The request path.", "/quotes/987654"),
                ["traceId"] = Text("The request's trace id, to find it in the service's logs.", "00-6632c48fbbd6de003d7769346b05e532-ff7da89baf8b19c1-00"),
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "For each field or line at fault, the reasons.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
                ["existingId"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer, Format = "int64", Description = "With 409 for a duplicate: the id of the resource that already exists.",
                },
                ["invalidLines"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer, Format = "int64", Description = "With 422 for an import: how many lines cannot be imported.",
                },
            },
            AdditionalPropertiesAllowed = true,
        };
    }
}
