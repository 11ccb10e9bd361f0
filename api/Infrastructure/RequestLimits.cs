using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Attribution.Api.Infrastructure;

/// <summary>
/// Checks every request before it reaches an endpoint: the body's size (1 MiB, or <see cref="TextBodyBytes"/> for the
/// operations that take an article's text), query parameters free of NUL, and the security headers of every response.
/// </summary>
public static class RequestLimits
{
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>Enough for the longest text an operation takes (1,000,000 characters of an article body), in any script,
    /// even with every character written as a six-byte JSON escape.</summary>
    public const long TextBodyBytes = 6 * 1024 * 1024;

    /// <summary>Long enough for GET /quotes/search with the longest text it takes (10,000 characters, nine bytes each when
    /// percent-encoded), so that its limit is the one a client meets, as a problem document, not Kestrel's 414.</summary>
    public const int MaxRequestLineBytes = 128 * 1024;

    public static void Configure(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions kestrel)
    {
        kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
        kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes;
    }

    /// <summary>Raises the body limit of an operation that takes an article's text to <see cref="TextBodyBytes"/>.</summary>
    public static TBuilder TakesArticleText<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestSizeLimitAttribute(TextBodyBytes));

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        foreach (var (name, values) in context.Request.Query)
        {
            if (!name.Contains('\0') && !values.Any(v => v?.Contains('\0') == true)) continue;
            var field = name.Replace("\0", "");
            await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, "The request is not valid",
                $"{field}: query parameters must not contain the NUL character (%00).",
                new Dictionary<string, string[]> { [field] = ["Query parameters must not contain the NUL character (%00)."] });
            return;
        }

        // JSON is UTF-8 (RFC 8259); any other charset would be decoded by guesswork or not at all.
        if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType) && mediaType.Charset.HasValue
            && !mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !mediaType.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            await Problems.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"The body's charset \"{mediaType.Charset}\" is not supported; send UTF-8.");
            return;
        }

        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        var limit = metadata is null ? MaxBodyBytes : metadata.MaxRequestBodySize;
        if (context.Request.ContentLength > limit)
        {
            await Problems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "The request body is too large",
                $"The body may be at most {limit} bytes.");
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
        await next(context);
    });
}
