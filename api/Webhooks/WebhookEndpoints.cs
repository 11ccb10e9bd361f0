using Attribution.Api.History;
using Attribution.Api.Infrastructure;
using Attribution.Api.Keys;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Attribution.Api.Webhooks;

public static class WebhookEndpoints
{
    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/webhooks").WithTags("Webhooks").WithValidation().RequireAuthorization(nameof(Role.Admin))
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.CacheControl = "no-store"; // secrets are in some of these answers
                return await next(context);
            });

        group.MapPost("/", CreateWebhook).WithMetadata(new Idempotency.CarriesSecret()).WithName("CreateWebhook").WithSummary("Subscribe an endpoint")
            .WithDescription("""
                Sends the change feed's events of the listed types (or "*") to the URL, signed per Standard Webhooks: headers
                webhook-id (the event id, for deduplication), webhook-timestamp and webhook-signature ("v1," + base64 HMAC-SHA256
                of "{webhook-id}.{webhook-timestamp}.{body}" with the secret's bytes). The secret is in this answer only.
                """)
            .WithRequestExample(new { url = "https://cms.example/hooks/attribution", events = new[] { "quote.retracted", "quote.reviewed" }, description = "CMS" });
        group.MapGet("/", ListWebhooks).WithName("ListWebhooks").WithSummary("List webhook endpoints")
            .WithDescription("Every endpoint, without secrets, with its failure state.");
        group.MapPost("/{id:long}/rotate-secret", RotateSecret).WithMetadata(new Idempotency.CarriesSecret()).WithName("RotateWebhookSecret")
            .WithSummary("Rotate the signing secret").WithDescription("Makes a new secret (in this answer only); deliveries are signed with it from now on.");
        group.MapGet("/{id:long}/deliveries", ListDeliveries).WithName("ListWebhookDeliveries").WithSummary("The delivery log")
            .WithDescription("The endpoint's deliveries, newest first, each with its status and every attempt (time, response code, error).");
        group.MapPost("/{id:long}/deliveries/{deliveryId:long}/redeliver", Redeliver).WithName("RedeliverWebhook").WithSummary("Send a delivery again")
            .WithDescription("Puts the delivery back in line to be sent at once, whatever became of it.");
        // Mapped last, so that Swagger UI lists deleting the endpoint after what is done with it.
        group.MapGet("/{id:long}", GetWebhook).WithName("GetWebhook").WithSummary("Get a webhook endpoint")
            .WithDescription("One endpoint, without its secret.");
        group.MapPatch("/{id:long}", PatchWebhook).WithName("PatchWebhook").WithSummary("Change a webhook endpoint")
            .WithDescription("A JSON merge patch (RFC 7396) of `{url, events, description, enabled}`, checked like a new endpoint. Enabling an endpoint the service disabled clears its failure.")
            .Accepts<WebhookRequest>(MergePatch.MediaType, "application/json").WithProblems(422)
            .WithRequestExample(new { events = new[] { "*" }, enabled = true });
        group.MapDelete("/{id:long}", DeleteWebhook).WithName("DeleteWebhook").WithSummary("Unsubscribe an endpoint")
            .WithDescription("Deletes the endpoint and its delivery log; nothing more is sent to it.");
        return routes;
    }

    private const string Columns = "id, url, events, description, enabled, failing_since, disabled_reason, created_at, updated_at";

    private const string Insert = $"insert into webhooks (url, events, description, enabled, secret) values (@Url, @Events, @Description, @Enabled, @Secret) returning {Columns}";

    private const string Select = $"select {Columns} from webhooks where id = @Id";

    private const string SelectPage = $"select {Columns} from webhooks where id > coalesce(@After, 0) order by id limit @Limit + 1";

    private const string Update = $"""
        update webhooks set url = @Url, events = @Events, description = @Description, enabled = @Enabled, updated_at = now(),
            failing_since = case when @Enabled and not enabled then null else failing_since end,
            disabled_reason = case when @Enabled then null else disabled_reason end
        where id = @Id returning {Columns}
        """;

    private const string Delete = "delete from webhooks where id = @Id";

    private const string Rotate = $"update webhooks set secret = @Secret, updated_at = now() where id = @Id returning {Columns}";

    private const string SelectDeliveries = """
        select d.id, d.event_id, d.resource, d.status, d.attempts, d.next_attempt_at, d.created_at
        from webhook_deliveries d where d.webhook_id = @Id and (@After::bigint is null or d.id < @After)
        order by d.id desc limit @Limit + 1
        """;

    private const string SelectAttempts = """
        select delivery_id, at, status_code, error, duration_ms from webhook_attempts where delivery_id = any(@Ids) order by delivery_id, id
        """;

    private const string Requeue = """
        update webhook_deliveries set status = 'pending', next_attempt_at = now(), lease_until = null where id = @DeliveryId and webhook_id = @Id
        """;

    internal static Task<Results<Created<WebhookWithSecret>, ProblemHttpResult>> CreateWebhook(WebhookRequest request, NpgsqlDataSource db, HttpContext http)
    {
        var secret = Signature.NewSecret();
        return db.WriteAsync<Created<WebhookWithSecret>>(http, async write =>
        {
            var created = await write.Connection.QuerySingleAsync<WebhookResponse>(write.Command(Insert, Parameters(request, secret: secret)));
            await write.AuditAsync("webhook", created.Id, AuditAction.Create, null, created);
            return TypedResults.Created($"/webhooks/{created.Id}", WithSecret(created, secret));
        });
    }

    internal static async Task<Ok<Page<WebhookResponse>>> ListWebhooks([AsParameters] PageQuery query, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<WebhookResponse>(new CommandDefinition(SelectPage, new { After = query.After(), Limit = query.LimitOrDefault() }, cancellationToken: ct));
        return TypedResults.Ok(rows.AsList().ToPage(query.LimitOrDefault(), w => w.Id));
    }

    internal static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> GetWebhook(long id, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var webhook = await connection.QuerySingleOrDefaultAsync<WebhookResponse>(new CommandDefinition(Select, new { Id = id }, cancellationToken: ct));
        return webhook is null ? Problems.NotFound("webhook", id) : TypedResults.Ok(webhook);
    }

    internal static Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> PatchWebhook(long id, System.Text.Json.JsonElement patch, NpgsqlDataSource db,
        FluentValidation.IValidator<WebhookRequest> validator, Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, HttpContext http) =>
        db.WriteAsync<Ok<WebhookResponse>>(http, async write =>
        {
            var before = await write.Connection.QuerySingleOrDefaultAsync<WebhookResponse>(write.Command(Select + " for update", new { Id = id }));
            if (before is null) return Problems.NotFound("webhook", id);
            var form = new WebhookRequest { Url = before.Url, Events = before.Events, Description = before.Description, Enabled = before.Enabled };
            var merged = await MergePatch.ApplyAsync(form, patch, json.Value.SerializerOptions, validator, write.Ct);
            if (merged.Errors is not null) return Problems.Invalid(merged.Errors);
            var after = await write.Connection.QuerySingleAsync<WebhookResponse>(write.Command(Update, Parameters(merged.Value!, id)));
            await write.AuditAsync("webhook", id, AuditAction.Update, before, after);
            return TypedResults.Ok(after);
        });

    internal static Task<Results<NoContent, ProblemHttpResult>> DeleteWebhook(long id, NpgsqlDataSource db, HttpContext http) =>
        db.WriteAsync<NoContent>(http, async write =>
        {
            var before = await write.Connection.QuerySingleOrDefaultAsync<WebhookResponse>(write.Command(Select + " for update", new { Id = id }));
            if (before is null) return Problems.NotFound("webhook", id);
            await write.Connection.ExecuteAsync(write.Command(Delete, new { Id = id }));
            await write.AuditAsync("webhook", id, AuditAction.Delete, before, null);
            return TypedResults.NoContent();
        });

    internal static Task<Results<Ok<WebhookWithSecret>, ProblemHttpResult>> RotateSecret(long id, NpgsqlDataSource db, HttpContext http)
    {
        var secret = Signature.NewSecret();
        return db.WriteAsync<Ok<WebhookWithSecret>>(http, async write =>
        {
            var rotated = await write.Connection.QuerySingleOrDefaultAsync<WebhookResponse>(write.Command(Rotate, new { Id = id, Secret = secret }));
            if (rotated is null) return Problems.NotFound("webhook", id);
            await write.AuditAsync("webhook", id, AuditAction.Update, rotated, rotated); // the secret itself is never recorded
            return TypedResults.Ok(WithSecret(rotated, secret));
        });
    }

    private sealed record DeliveryRow
    {
        public long Id { get; init; }
        public long EventId { get; init; }
        public string Resource { get; init; } = "";
        public string Status { get; init; } = "";
        public int Attempts { get; init; }
        public DateTimeOffset NextAttemptAt { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
    }

    private sealed record AttemptRow
    {
        public long DeliveryId { get; init; }
        public DateTimeOffset At { get; init; }
        public int? StatusCode { get; init; }
        public string? Error { get; init; }
        public int DurationMs { get; init; }
    }

    internal static async Task<Results<Ok<Page<DeliveryResponse>>, ProblemHttpResult>> ListDeliveries(long id, [AsParameters] PageQuery query,
        NpgsqlDataSource db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        if (await connection.QuerySingleOrDefaultAsync<WebhookResponse>(new CommandDefinition(Select, new { Id = id }, cancellationToken: ct)) is null)
            return Problems.NotFound("webhook", id);
        var rows = (await connection.QueryAsync<DeliveryRow>(new CommandDefinition(SelectDeliveries,
            new { Id = id, After = query.After(), Limit = query.LimitOrDefault() }, cancellationToken: ct))).AsList();
        var attempts = (await connection.QueryAsync<AttemptRow>(new CommandDefinition(SelectAttempts,
            new { Ids = rows.Select(r => r.Id).ToArray() }, cancellationToken: ct))).ToLookup(a => a.DeliveryId);
        var deliveries = rows.Select(r => new DeliveryResponse
        {
            Id = r.Id, EventId = $"evt_{r.EventId}", Resource = r.Resource, Status = Enum.Parse<DeliveryStatus>(r.Status, ignoreCase: true),
            Attempts = r.Attempts, NextAttemptAt = r.Status == "pending" ? r.NextAttemptAt : null, CreatedAt = r.CreatedAt,
            AttemptLog = attempts[r.Id].Select(a => new DeliveryAttempt { At = a.At, StatusCode = a.StatusCode, Error = a.Error, DurationMs = a.DurationMs }).ToList(),
        }).ToList();
        return TypedResults.Ok(deliveries.ToPage(query.LimitOrDefault(), d => d.Id));
    }

    internal static Task<Results<NoContent, ProblemHttpResult>> Redeliver(long id, long deliveryId, NpgsqlDataSource db, HttpContext http) =>
        db.WriteAsync<NoContent>(http, async write =>
            await write.Connection.ExecuteAsync(write.Command(Requeue, new { Id = id, DeliveryId = deliveryId })) == 0
                ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Webhook {id} has no delivery {deliveryId}.")
                : TypedResults.NoContent());

    private static object Parameters(WebhookRequest r, long id = 0, string? secret = null) => new
    {
        Id = id, Url = r.Url.Trim(), Events = r.Events.Distinct().ToArray(), Description = r.Description?.Trim(), r.Enabled, Secret = secret,
    };

    private static WebhookWithSecret WithSecret(WebhookResponse w, string secret) => new()
    {
        Id = w.Id, Url = w.Url, Events = w.Events, Description = w.Description, Enabled = w.Enabled, FailingSince = w.FailingSince,
        DisabledReason = w.DisabledReason, CreatedAt = w.CreatedAt, UpdatedAt = w.UpdatedAt, Secret = secret,
    };
}
