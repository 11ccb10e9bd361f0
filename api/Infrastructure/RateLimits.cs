using System.Globalization;
using System.Threading.RateLimiting;
using Attribution.Api.Keys;
using Microsoft.AspNetCore.RateLimiting;

namespace Attribution.Api.Infrastructure;

/// <summary>
/// Request budgets, each a window of one minute that opens with its first request; past a budget: 429 with
/// Retry-After, the seconds left in the window.
/// <list type="bullet">
/// <item>Every key (every client address without one): Attribution:RateLimit:PermitsPerMinute (default 1200).</item>
/// <item>The expensive operations (search, appearances, verify, extract, imports, exports), policy
/// <see cref="Expensive"/>: also Attribution:RateLimit:ExpensivePermitsPerMinute per key (default 120), and at most
/// Attribution:RateLimit:ExpensiveConcurrency of them at once in the whole service (default twice the cores; more wait
/// in a short queue).</item>
/// <item>Failed authentication, per client address, checked before any key is looked up:
/// Attribution:RateLimit:FailedAuthenticationsPerMinute (default 30). Past it, every request from that address gets 429
/// until the window ends, so that guessing keys costs time and no database work.</item>
/// </list>
/// </summary>
public static class RateLimits
{
    public const string Expensive = "expensive";

    private sealed record Settings(int Permits, int ExpensivePermits, int ExpensiveConcurrency, int FailedAuthentications);

    public static IServiceCollection AddAttributionRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = new Settings(
            configuration.GetValue("Attribution:RateLimit:PermitsPerMinute", 1200),
            configuration.GetValue("Attribution:RateLimit:ExpensivePermitsPerMinute", 120),
            configuration.GetValue("Attribution:RateLimit:ExpensiveConcurrency", 2 * Environment.ProcessorCount),
            configuration.GetValue("Attribution:RateLimit:FailedAuthenticationsPerMinute", 30));
        services.AddSingleton(settings);
        services.AddSingleton(provider => PartitionedRateLimiter.Create<string, string>(address =>
            RateLimitPartition.Get(address, _ => new MinuteWindowLimiter(settings.FailedAuthentications, provider.GetRequiredService<TimeProvider>()))));
        return services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.Get(Scope(context),
                    _ => new MinuteWindowLimiter(settings.Permits, context.RequestServices.GetRequiredService<TimeProvider>()))),
                // One shared gate for the CPU-heavy operations, whoever calls them.
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsExpensive(context)
                    ? RateLimitPartition.GetConcurrencyLimiter(Expensive, _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = settings.ExpensiveConcurrency, QueueLimit = 4 * settings.ExpensiveConcurrency,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })
                    : RateLimitPartition.GetNoLimiter("")));
            options.AddPolicy(Expensive, context => RateLimitPartition.Get(Scope(context),
                _ => new MinuteWindowLimiter(settings.ExpensivePermits, context.RequestServices.GetRequiredService<TimeProvider>())));
            options.OnRejected = (rejected, _) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Seconds(wait) : 1;
                var what = IsExpensive(rejected.HttpContext)
                    ? $"{settings.Permits} requests a minute, {settings.ExpensivePermits} of them to search, verify, extract, import or export, and a few of those at a time"
                    : $"{settings.Permits} requests a minute";
                return new ValueTask(TooMany(rejected.HttpContext, seconds, $"A key may make {what}; retry in {seconds} s."));
            };
        });
    }

    /// <summary>Marks an operation as expensive: its own per-key budget and the shared concurrency gate.</summary>
    public static TBuilder IsExpensive<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireRateLimiting(Expensive);

    /// <summary>Before authentication: an address that failed too often gets 429 without its key being looked up;
    /// every 401 uses one permit of the address's window.</summary>
    public static IApplicationBuilder UseFailedAuthenticationLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limiter = context.RequestServices.GetRequiredService<PartitionedRateLimiter<string>>();
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "local";
        using (var probe = limiter.AttemptAcquire(address, 0))
            if (!probe.IsAcquired)
            {
                var seconds = probe.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Seconds(wait) : 60;
                var settings = context.RequestServices.GetRequiredService<Settings>();
                await TooMany(context, seconds,
                    $"This address sent {settings.FailedAuthentications} requests without a valid key within a minute; retry in {seconds} s.");
                return;
            }
        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status401Unauthorized) limiter.AttemptAcquire(address).Dispose();
            return Task.CompletedTask;
        });
        await next(context);
    });

    private static string Scope(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? Actor.From(context.User).Scope : $"ip:{context.Connection.RemoteIpAddress}";

    private static bool IsExpensive(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Expensive;

    private static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    private static Task TooMany(HttpContext context, int seconds, string detail)
    {
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Problems.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests", detail);
    }
}

/// <summary>
/// A fixed window of <c>permits</c> a minute that opens with its first request, and that says exactly when it ends:
/// a refusal carries RetryAfter = the time left (the framework's fixed window limiter always says the whole window).
/// </summary>
internal sealed class MinuteWindowLimiter(int permits, TimeProvider clock) : RateLimiter
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Lock gate = new();
    private DateTimeOffset opened = DateTimeOffset.MinValue;
    private int used;

    /// <summary>Idle only once its window has ended, so that dropping an idle limiter never resets a used window.</summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (gate)
            {
                var ended = opened + Window;
                var now = clock.GetUtcNow();
                return now >= ended ? now - ended : null;
            }
        }
    }

    public override RateLimiterStatistics GetStatistics()
    {
        lock (gate) return new RateLimiterStatistics { CurrentAvailablePermits = Math.Max(0, permits - used) };
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (now >= opened + Window) (opened, used) = (now, 0);
            if (used + permitCount <= permits && (permitCount > 0 || used < permits))
            {
                used += permitCount;
                return Lease.Acquired;
            }
            return new Lease(false, opened + Window - now);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private sealed class Lease(bool acquired, TimeSpan retryAfter) : RateLimitLease
    {
        public static readonly Lease Acquired = new(true, TimeSpan.Zero);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => acquired ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = !acquired && metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
