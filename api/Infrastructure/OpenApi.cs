using System.Text.Json;
using Attribution.Api.Keys;
using Microsoft.OpenApi;

namespace Attribution.Api.Infrastructure;

public static class OpenApi
{
    public static IServiceCollection AddAttributionOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
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
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme> { [ApiKeyAuthentication.SchemeName] = scheme };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.SchemeName, document)] = [] }];
            return Task.CompletedTask;
        }).AddOperationTransformer((operation, _, _) =>
        {
            // [AsParameters] records bind case-insensitively; document the camelCase names clients should send.
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
                if (parameter.In == ParameterLocation.Query) parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
            return Task.CompletedTask;
        }));

    /// <summary>The OpenAPI document at /openapi/v1.json and Swagger UI at /swagger.</summary>
    public static WebApplication MapAttributionOpenApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
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
