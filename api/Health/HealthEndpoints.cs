using Attribution.Api.Infrastructure;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Attribution.Api.Health;

public static class HealthEndpoints
{
    /// <summary>The health answer.</summary>
    public sealed record HealthResponse(string Status)
    {
        /// <example>healthy</example>
        public string Status { get; init; } = Status;

        /// <summary>Each read replica, when the service has any: reads use the streaming ones and the primary otherwise.</summary>
        [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        public IReadOnlyList<ReplicaStatus>? Replicas { get; init; }
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/health").WithTags("Health").AllowAnonymous().DisableRateLimiting()
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Security = []; // no key needed, unlike the document's default
                return Task.CompletedTask;
            });
        group.MapGet("/", CheckHealth).WithName("Health").WithSummary("Is the service ready?")
            .WithDescription("Readiness: 200 when the service and its database answer, 503 (a problem document, with Retry-After) when the database does not, within 3 seconds. The same as /health/ready.");
        group.MapGet("/ready", CheckHealth).WithName("Readiness").WithSummary("Can the service serve requests?")
            .WithDescription("Readiness, for a load balancer: 200 when the database answers, 503 when it does not. Route traffic elsewhere on 503; do not restart. With read replicas, `replicas` gives the state of each: a replica that is down or lagging does not make the service unready, since reads then use the primary.");
        group.MapGet("/live", () => TypedResults.Ok(new HealthResponse("healthy"))).WithName("Liveness").WithSummary("Is the process alive?")
            .WithDescription("Liveness, for a supervisor: 200 whenever the process answers HTTP, whatever the database does. Restart the process only when this fails.");
        return routes;
    }

    internal static async Task<Results<Ok<HealthResponse>, ProblemHttpResult>> CheckHealth(NpgsqlDataSource db, Replicas replicas, HttpResponse response,
        CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            await using var connection = await db.OpenConnectionAsync(timeout.Token);
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("select 1", cancellationToken: timeout.Token));
            return TypedResults.Ok(new HealthResponse("healthy") { Replicas = replicas.Enabled ? replicas.Status : null });
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException && !ct.IsCancellationRequested)
        {
            // Nothing internal (no exception text, no address) for an anonymous caller; the log has the cause.
            response.Headers.RetryAfter = ProblemExceptionHandler.RetryAfterSeconds.ToString();
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The service is unhealthy",
                detail: "unhealthy: the service cannot reach its database.");
        }
    }
}
