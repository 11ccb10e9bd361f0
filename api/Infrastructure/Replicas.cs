using System.Globalization;
using Dapper;
using Npgsql;

namespace Attribution.Api.Infrastructure;

/// <summary>What the service knows of one read replica, from its last check.</summary>
public sealed record ReplicaStatus
{
    /// <summary>"replica 1", "replica 2"...: in the order of the connection string, never the address.</summary>
    /// <example>replica 1</example>
    public required string Name { get; init; }

    /// <summary>streaming (used for reads), lagging (behind by more than the allowed lag), down (does not answer),
    /// notStandby (answers but is not a hot standby, e.g. promoted) or unknown (not checked yet).</summary>
    /// <example>streaming</example>
    public required ReplicaState State { get; init; }

    /// <summary>How long ago the primary had written what this replica has not replayed yet; 0 when caught up.</summary>
    /// <example>0.2</example>
    public double? LagSeconds { get; init; }
}

public enum ReplicaState
{
    Unknown,
    Streaming,
    Lagging,
    Down,
    NotStandby,
}

/// <summary>
/// Read replicas. <c>ConnectionStrings__AttributionReplicas</c> is an Npgsql multi-host connection string
/// (<c>Host=replica1:5432,replica2:5432;...</c>). Reads open connections through Npgsql's multi-host data source, which
/// balances them over the hosts (Load Balance Hosts), accepts only hot standbys (Target Session Attributes) and skips a
/// host that refused a connection until it is rechecked. On top, a monitor checks every host each second: its replay
/// position against the primary's recent positions gives its lag, and a read uses a replica only while its lag is within
/// <c>Attribution:Replicas:MaxLagSeconds</c> and, when the request carries a position (<see cref="PositionHeader"/>),
/// once it has replayed that position (waiting up to <c>Attribution:Replicas:PositionWaitMilliseconds</c>). Otherwise,
/// and always without replicas, reads go to the primary. Writes never use a replica.
/// </summary>
public sealed class Replicas : IAsyncDisposable
{
    public const string ConnectionStringName = "AttributionReplicas";

    /// <summary>The commit position of a write (a WAL LSN such as <c>0/16B3748</c>): returned by writes, accepted by reads.</summary>
    public const string PositionHeader = "X-Attribution-Position";

    private sealed record Host(string Key, string Name, NpgsqlDataSource Probe);

    private readonly NpgsqlDataSource? reads;
    private readonly NpgsqlDataSource? multiHost;
    private readonly Host[] hosts = [];
    private readonly TimeProvider clock;
    private readonly Queue<(DateTimeOffset At, ulong Position)> primaryPositions = new();
    private volatile IReadOnlyDictionary<string, (ReplicaStatus Status, ulong Replayed)> checkedHosts =
        new Dictionary<string, (ReplicaStatus, ulong)>();

    public TimeSpan MaxLag { get; }
    public TimeSpan PositionWait { get; }
    public TimeSpan CheckEvery { get; }

    public Replicas(IConfiguration configuration, TimeProvider clock)
    {
        this.clock = clock;
        MaxLag = TimeSpan.FromSeconds(configuration.GetValue("Attribution:Replicas:MaxLagSeconds", 5.0));
        PositionWait = TimeSpan.FromMilliseconds(configuration.GetValue("Attribution:Replicas:PositionWaitMilliseconds", 500));
        CheckEvery = TimeSpan.FromMilliseconds(configuration.GetValue("Attribution:Replicas:CheckMilliseconds", 1000));
        if (configuration.GetConnectionString(ConnectionStringName) is not { Length: > 0 } connectionString) return;

        var builder = new NpgsqlDataSourceBuilder(Database.ForService(connectionString));
        builder.ConnectionStringBuilder.LoadBalanceHosts = true;
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase)) builder.ConnectionStringBuilder.Timeout = 3;
        multiHost = builder.BuildMultiHost();
        reads = ((NpgsqlMultiHostDataSource)multiHost).WithTargetSession(TargetSessionAttributes.Standby);

        hosts = builder.ConnectionStringBuilder.Host!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select((host, i) =>
            {
                var probe = new NpgsqlConnectionStringBuilder(builder.ConnectionString)
                {
                    Host = host, LoadBalanceHosts = false, MaxPoolSize = 2, MaxAutoPrepare = 0,
                };
                var (name, port) = SplitHost(host, probe.Port);
                return new Host(Key(name, port), $"replica {i + 1}", NpgsqlDataSource.Create(probe.ConnectionString));
            })
            .ToArray();
    }

    public bool Enabled => reads is not null;

    /// <summary>The state of every replica, as of its last check.</summary>
    public IReadOnlyList<ReplicaStatus> Status =>
        hosts.Select(h => checkedHosts.TryGetValue(h.Key, out var c) ? c.Status : new ReplicaStatus { Name = h.Name, State = ReplicaState.Unknown }).ToList();

    /// <summary>
    /// A connection for read-only work: a replica that is streaming within the allowed lag and has replayed
    /// <paramref name="position"/> (when given), else the primary.
    /// </summary>
    public async Task<NpgsqlConnection> OpenForReadAsync(NpgsqlDataSource primary, ulong? position, CancellationToken ct)
    {
        if (reads is null) return await primary.OpenConnectionAsync(ct);
        for (var attempt = 0; attempt < hosts.Length; attempt++)
        {
            NpgsqlConnection connection;
            try
            {
                connection = await reads.OpenConnectionAsync(ct);
            }
            catch (NpgsqlException)
            {
                break; // no standby answers: Npgsql remembers which hosts failed and skips them for a while
            }
            if (checkedHosts.TryGetValue(Key(connection.Host!, connection.Port), out var host) && host.Status.State == ReplicaState.Streaming
                && (position is not { } wanted || host.Replayed >= wanted || await ReplaysAsync(connection, wanted, ct)))
                return connection;
            await connection.DisposeAsync();
        }
        return await primary.OpenConnectionAsync(ct);
    }

    /// <summary>Waits up to <see cref="PositionWait"/> for the replica behind <paramref name="connection"/> to replay <paramref name="position"/>.</summary>
    private async Task<bool> ReplaysAsync(NpgsqlConnection connection, ulong position, CancellationToken ct)
    {
        var deadline = clock.GetUtcNow() + PositionWait;
        while (true)
        {
            var replayed = Parse(await connection.ExecuteScalarAsync<string?>(new CommandDefinition(SelectReplayed, cancellationToken: ct)));
            if (replayed >= position) return true;
            if (clock.GetUtcNow() >= deadline) return false;
            await Task.Delay(TimeSpan.FromMilliseconds(10), clock, ct);
        }
    }

    private const string SelectReplayed = "select pg_last_wal_replay_lsn()::text";
    private const string SelectReplicaState = "select pg_is_in_recovery() as standby, pg_last_wal_replay_lsn()::text as replayed";
    private const string SelectPrimaryPosition = "select pg_current_wal_insert_lsn()::text";

    /// <summary>The position a client passes back to read its own write: taken after the commit, so the commit is before it.</summary>
    public static async Task<string> PositionAsync(NpgsqlConnection primary, CancellationToken ct) =>
        (await primary.ExecuteScalarAsync<string>(new CommandDefinition(SelectPrimaryPosition, cancellationToken: ct)))!;

    /// <summary>One check of every replica against the primary's position (the monitor calls it every <see cref="CheckEvery"/>).</summary>
    public async Task CheckAsync(NpgsqlDataSource primary, ILogger log, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        try
        {
            await using var connection = await primary.OpenConnectionAsync(ct);
            primaryPositions.Enqueue((now, Parse(await PositionAsync(connection, ct))!.Value));
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            // Without the primary's position lags cannot be measured; the last ones stand until it answers again.
        }
        while (primaryPositions.Count > 0 && primaryPositions.Peek().At < now - 4 * MaxLag - CheckEvery) primaryPositions.Dequeue();

        var results = new Dictionary<string, (ReplicaStatus, ulong)>();
        foreach (var host in hosts)
        {
            var (status, replayed) = await CheckAsync(host, now, ct);
            results[host.Key] = (status, replayed);
            var before = checkedHosts.TryGetValue(host.Key, out var previous) ? previous.Status.State : ReplicaState.Unknown;
            if (status.State == before) continue;
            if (status.State == ReplicaState.Streaming) log.LogInformation("{Replica} is {State}", host.Name, status.State);
            else log.LogWarning("{Replica} is {State}: reads go to other replicas or the primary", host.Name, status.State);
            // Pooled connections to a replica that went away are broken: drop them rather than hand them to a read.
            if (status.State == ReplicaState.Down) multiHost!.Clear();
        }
        checkedHosts = results;
    }

    private async Task<(ReplicaStatus, ulong)> CheckAsync(Host host, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await using var connection = await host.Probe.OpenConnectionAsync(timeout.Token);
            var (standby, replayedText) = await connection.QuerySingleAsync<(bool, string?)>(
                new CommandDefinition(SelectReplicaState, cancellationToken: timeout.Token));
            if (!standby || Parse(replayedText) is not { } replayed) return (new() { Name = host.Name, State = ReplicaState.NotStandby }, 0);
            // Behind since the primary first passed what the replica has replayed; caught up when it never did.
            var behindSince = primaryPositions.Where(p => p.Position > replayed).Select(p => (DateTimeOffset?)p.At).FirstOrDefault();
            var lag = behindSince is { } since ? (now - since).TotalSeconds : 0;
            var state = lag <= MaxLag.TotalSeconds ? ReplicaState.Streaming : ReplicaState.Lagging;
            return (new() { Name = host.Name, State = state, LagSeconds = Math.Round(lag, 3) }, replayed);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            host.Probe.Clear();
            return (new() { Name = host.Name, State = ReplicaState.Down }, 0);
        }
    }

    /// <summary>A WAL position as PostgreSQL writes it (<c>16/B374D848</c>), as one number; null when it is not one.</summary>
    public static ulong? Parse(string? position)
    {
        if (position is null) return null;
        var slash = position.IndexOf('/');
        if (slash is < 1 or > 8 || position.Length - slash - 1 is < 1 or > 8) return null;
        return uint.TryParse(position.AsSpan(0, slash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var high)
               && uint.TryParse(position.AsSpan(slash + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var low)
            ? (ulong)high << 32 | low
            : null;
    }

    private static string Key(string host, int port) => $"{host}:{port}";

    private static (string Host, int Port) SplitHost(string host, int defaultPort)
    {
        var colon = host.LastIndexOf(':');
        return colon > 0 && !host.EndsWith(']') && int.TryParse(host.AsSpan(colon + 1), out var port) ? (host[..colon], port) : (host, defaultPort);
    }

    public async ValueTask DisposeAsync()
    {
        if (multiHost is not null) await multiHost.DisposeAsync();
        foreach (var host in hosts) await host.Probe.DisposeAsync();
    }
}

/// <summary>Checks the replicas every <see cref="Replicas.CheckEvery"/> (nothing to do without replicas).</summary>
internal sealed class ReplicaMonitor(Replicas replicas, NpgsqlDataSource primary, ILogger<ReplicaMonitor> log, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        if (!replicas.Enabled) return;
        using var timer = new PeriodicTimer(replicas.CheckEvery, clock);
        do
        {
            await replicas.CheckAsync(primary, log, stop);
        } while (await timer.WaitForNextTickAsync(stop));
    }
}

/// <summary>The connections of read-only endpoints: a replica when one may serve this request, else the primary.</summary>
public sealed class ReadDb(Replicas replicas, NpgsqlDataSource primary, IHttpContextAccessor http)
{
    public Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken ct) =>
        replicas.OpenForReadAsync(primary, RequestedPosition(http.HttpContext), ct);

    /// <summary>The position the request asks to read at or after (checked by <see cref="ReadPositions"/>).</summary>
    private static ulong? RequestedPosition(HttpContext? context) =>
        context?.Request.Headers[Replicas.PositionHeader] is [{ } value] ? Replicas.Parse(value) : null;
}

public static class ReadPositions
{
    public static IServiceCollection AddAttributionReplicas(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<Replicas>();
        services.AddScoped<ReadDb>();
        services.AddHostedService<ReplicaMonitor>();
        return services;
    }

    /// <summary>A request whose <see cref="Replicas.PositionHeader"/> is not one WAL position gets 400.</summary>
    public static IApplicationBuilder UseReadPositions(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Headers.TryGetValue(Replicas.PositionHeader, out var values)
            && (values.Count != 1 || Replicas.Parse(values[0]) is null))
        {
            var detail = $"{Replicas.PositionHeader} must be one WAL position such as 0/16B3748, as a write returned it in this header.";
            await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, "The request is not valid", detail,
                new Dictionary<string, string[]> { [Replicas.PositionHeader] = [detail] });
            return;
        }
        await next(context);
    });
}
