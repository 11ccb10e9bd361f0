using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Attribution.Api.Events;
using Attribution.Api.Infrastructure;
using Dapper;
using Npgsql;

namespace Attribution.Api.Webhooks;

/// <summary>
/// Delivers the change feed to webhook endpoints, at least once, in order per resource. Each round: the instance that
/// gets the cursor row's lock fans the feed's new events out to deliveries (in the same transaction as the cursor's move),
/// then every instance claims due deliveries with a lease (<c>for update skip locked</c>, so two instances never take the
/// same one) and sends them, signed (Standard Webhooks), with a timeout. A failure is retried with exponential back-off and
/// jitter (Attribution:Webhooks:RetryDelaysSeconds: 8 attempts over about 18 hours); an endpoint failing for
/// Attribution:Webhooks:DisableAfterHours (24) is disabled and says why. A crash mid-delivery leaves the lease to expire,
/// and the delivery is sent again: receivers deduplicate by webhook-id (the event id).
/// </summary>
public sealed class WebhookDispatcher(NpgsqlDataSource db, IConfiguration configuration, Incidents incidents, TimeProvider clock) : BackgroundService
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private readonly TimeSpan poll = TimeSpan.FromMilliseconds(configuration.GetValue("Attribution:Webhooks:PollMilliseconds", 500));
    private readonly TimeSpan timeout = TimeSpan.FromSeconds(configuration.GetValue("Attribution:Webhooks:TimeoutSeconds", 5.0));
    /// <summary>The waits before the 2nd, 3rd, ... attempt: eight attempts over about 18 hours by default.</summary>
    private readonly double[] delays = (configuration["Attribution:Webhooks:RetryDelaysSeconds"] ?? "10,60,300,1800,3600,14400,43200")
        .Split(',').Select(d => double.Parse(d, CultureInfo.InvariantCulture)).ToArray();
    private readonly TimeSpan disableAfter = TimeSpan.FromHours(configuration.GetValue("Attribution:Webhooks:DisableAfterHours", 24.0));
    private readonly HttpClient http = new(Destinations.Handler(configuration.GetValue<bool>(Destinations.AllowPrivateSetting),
        TimeSpan.FromSeconds(configuration.GetValue("Attribution:Webhooks:TimeoutSeconds", 5.0))));

    private const string LockCursor = "select tx::text as tx, event_id from webhook_cursor for update skip locked";

    private const string SelectEnabled = "select id, events from webhooks where enabled";

    private const string InsertDeliveries = """
        insert into webhook_deliveries (webhook_id, event_id, event_tx, resource)
        select d.webhook_id, d.event_id, d.event_tx::xid8, d.resource
        from unnest(@Webhooks::bigint[], @Events::bigint[], @Txs::text[], @Resources::text[]) as d (webhook_id, event_id, event_tx, resource)
        on conflict do nothing
        """;

    private const string MoveCursor = "update webhook_cursor set tx = @Tx::xid8, event_id = @Id";

    /// <summary>Due deliveries whose resource has no earlier one still pending at the same endpoint.</summary>
    private const string ClaimDue = """
        update webhook_deliveries d set lease_until = now() + make_interval(secs => @LeaseSeconds)
        where d.id in (
            select p.id from webhook_deliveries p join webhooks w on w.id = p.webhook_id
            where p.status = 'pending' and p.next_attempt_at <= now() and (p.lease_until is null or p.lease_until < now()) and w.enabled
              and not exists (select 1 from webhook_deliveries e
                              where e.webhook_id = p.webhook_id and e.resource = p.resource and e.status = 'pending'
                                and (e.event_tx, e.event_id) < (p.event_tx, p.event_id))
            order by p.event_tx, p.event_id
            limit 20
            for update of p skip locked)
        returning d.id, d.webhook_id, d.event_id, d.attempts,
                  (select url from webhooks where id = d.webhook_id) as url, (select secret from webhooks where id = d.webhook_id) as secret
        """;

    private const string SelectEvent = """
        select a.id, a.tx::text as tx, a.entity, a.entity_id, a.action, a.at, a.actor, coalesce(a.after, a.before)::text as data
        from audit_log a where a.id = @Id
        """;

    private const string RecordAttempt = """
        insert into webhook_attempts (delivery_id, status_code, error, duration_ms) values (@Id, @StatusCode, @Error, @DurationMs);
        update webhook_deliveries
        set attempts = attempts + 1, lease_until = null,
            status = case when @Succeeded then 'succeeded' when @NextAttempt::timestamptz is null then 'failed' else 'pending' end,
            next_attempt_at = coalesce(@NextAttempt, next_attempt_at)
        where id = @Id;
        update webhooks
        set failing_since = case when @Succeeded then null else coalesce(failing_since, now()) end,
            enabled = enabled and (@Succeeded or coalesce(failing_since, now()) > now() - make_interval(secs => @DisableAfterSeconds)),
            disabled_reason = case when not @Succeeded and coalesce(failing_since, now()) <= now() - make_interval(secs => @DisableAfterSeconds)
                                   then format('Deliveries failed for %s hours; fix the receiver and enable it again.', @DisableAfterSeconds / 3600)
                                   else disabled_reason end
        where id = @WebhookId;
        """;

    private sealed record Due(long Id, long WebhookId, long EventId, int Attempts, string Url, string Secret);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FanOutAsync(stoppingToken);
                await DeliverAsync(stoppingToken);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                incidents.Report("webhooks", e, "Webhook delivery could not reach the database");
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            try
            {
                await Task.Delay(poll, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Turns the feed's new events into deliveries for the endpoints that want them.</summary>
    private async Task FanOutAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var cursor = await connection.QuerySingleOrDefaultAsync<(string Tx, long EventId)?>(new CommandDefinition(LockCursor, transaction: transaction, cancellationToken: ct));
        if (cursor is not { } at) return; // another instance is fanning out
        var events = await EventFeed.ReadAsync(connection, (ulong.Parse(at.Tx), at.EventId), null, 500, transaction, ct);
        if (events.Count == 0) return;
        var hooks = (await connection.QueryAsync<(long Id, string[] Events)>(new CommandDefinition(SelectEnabled, transaction: transaction, cancellationToken: ct))).AsList();
        var deliveries = (from e in events
                          let type = e.ToEvent().Type
                          from h in hooks
                          where h.Events.Contains("*") || h.Events.Contains(type)
                          select (Webhook: h.Id, Event: e.Id, e.Tx, Resource: $"{e.Entity}/{e.EntityId}")).ToList();
        await connection.ExecuteAsync(new CommandDefinition(InsertDeliveries, new
        {
            Webhooks = deliveries.Select(d => d.Webhook).ToArray(), Events = deliveries.Select(d => d.Event).ToArray(),
            Txs = deliveries.Select(d => d.Tx).ToArray(), Resources = deliveries.Select(d => d.Resource).ToArray(),
        }, transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(MoveCursor, new { events[^1].Tx, events[^1].Id }, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
    }

    private async Task DeliverAsync(CancellationToken ct)
    {
        List<Due> due;
        await using (var connection = await db.OpenConnectionAsync(ct))
            due = (await connection.QueryAsync<Due>(new CommandDefinition(ClaimDue, new { LeaseSeconds = Lease.TotalSeconds }, cancellationToken: ct))).AsList();
        await Task.WhenAll(due.Select(d => SendAsync(d, ct)));
    }

    private async Task SendAsync(Due delivery, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleAsync<EventFeed.Row>(new CommandDefinition(SelectEvent, new { Id = delivery.EventId }, cancellationToken: ct));
        var message = row.ToEvent();
        var body = JsonSerializer.Serialize(message, Json.Options);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", message.Id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", Signature.Sign(delivery.Secret, message.Id, timestamp, body));
        request.Headers.UserAgent.ParseAdd("Attribution-Webhooks/1");

        var stopwatch = Stopwatch.StartNew();
        int? status = null;
        string? error = null;
        using (var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            attempt.CancelAfter(timeout);
            try
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token);
                status = (int)response.StatusCode;
                if (!response.IsSuccessStatusCode) error = $"The receiver answered {status}.";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException && !ct.IsCancellationRequested)
            {
                error = e is HttpRequestException ? e.Message : $"No answer within {timeout.TotalSeconds:0} s.";
            }
        }
        var succeeded = error is null;
        var attemptsMade = delivery.Attempts + 1;
        DateTimeOffset? next = succeeded || attemptsMade > delays.Length ? null
            : clock.GetUtcNow().AddSeconds(delays[attemptsMade - 1] * (0.8 + 0.4 * Random.Shared.NextDouble()));
        await connection.ExecuteAsync(new CommandDefinition(RecordAttempt, new
        {
            delivery.Id, delivery.WebhookId, StatusCode = status, Error = error?[..Math.Min(error.Length, 2000)],
            DurationMs = (int)stopwatch.ElapsedMilliseconds, Succeeded = succeeded, NextAttempt = next, DisableAfterSeconds = disableAfter.TotalSeconds,
        }, cancellationToken: CancellationToken.None));
    }

    public override void Dispose()
    {
        http.Dispose();
        base.Dispose();
    }
}
