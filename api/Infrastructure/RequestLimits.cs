using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Attribution.Api.Infrastructure;

/// <summary>Request bodies are capped at 1 MiB (an endpoint may raise its own cap with RequestSizeLimit metadata).</summary>
public static class RequestLimits
{
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>Answers 413 up front when Content-Length is over the cap; Kestrel enforces it for chunked bodies.</summary>
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        var limit = metadata is null ? MaxBodyBytes : metadata.MaxRequestBodySize;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
            {
                HttpContext = context,
                ProblemDetails = { Status = 413, Title = "The request body is too large", Detail = $"The body may be at most {limit} bytes." },
            });
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
        await next(context);
    });
}
