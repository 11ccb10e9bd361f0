using System.Text.Json;
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
                    """,
            };
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
        app.MapOpenApi();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/openapi/v1.json", "Attribution v1");
            options.RoutePrefix = "swagger";
            options.DocumentTitle = "Attribution API";
        });
        return app;
    }
}
