using System.Globalization;
using System.Threading.RateLimiting;
using Attribution.Api.Keys;
using Microsoft.AspNetCore.RateLimiting;

namespace Attribution.Api.Infrastructure;

/// <summary>
/// A fixed window of requests per minute for each API key (each client address when there is no key), from
/// Attribution:RateLimit:PermitsPerMinute (default 1200). Past it: 429 with Retry-After.
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddAttributionRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("Attribution:RateLimit:PermitsPerMinute", 1200);
        return services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetFixedWindowLimiter(
                    context.User.Identity?.IsAuthenticated == true ? Actor.From(context.User).Scope : $"ip:{context.Connection.RemoteIpAddress}",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (rejected, ct) =>
            {
                var context = rejected.HttpContext;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
                {
                    HttpContext = context,
                    ProblemDetails = { Status = 429, Title = "Too many requests", Detail = $"This key may make {permits} requests a minute; retry in {seconds} s." },
                });
            };
        });
    }
}
