using System.Data;
using Dapper;
using DbUp;
using DbUp.Engine.Output;
using Npgsql;

namespace Attribution.Api.Infrastructure;

public static class Database
{
    public const string ConnectionStringName = "Attribution";

    /// <summary>Registers the one <see cref="NpgsqlDataSource"/> of the app and the start-up migrator.</summary>
    public static WebApplicationBuilder AddAttributionDatabase(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"Set ConnectionStrings__{ConnectionStringName} (./run.sh does it for a private cluster).");
        builder.Services.AddNpgsqlDataSource(ForService(connectionString));
        builder.Services.AddHostedService<DatabaseMigrator>();
        DapperTypes.Register();
        return builder;
    }

    /// <summary>
    /// The service's settings on top of the connection string (a connection string that sets one of them keeps its own):
    /// <list type="bullet">
    /// <item>Our statements are few and run again and again: Npgsql prepares the most used ones on each connection, so
    /// that PostgreSQL plans them once per connection instead of on every request (planning the joined quote read cost
    /// more than running it).</item>
    /// <item>No parallel workers (<c>max_parallel_workers_per_gather=0</c>): our queries read a page or a few rows
    /// through indexes, and two workers take ~14 ms to start on a 2-core machine. At ten million quotes the planner read
    /// a speaker's quotes of one month in parallel (bench/results/10m.md: 18 ms, 14 of them waiting for the workers);
    /// that plan forced on 300,000 quotes ran in 17.6-26 ms against 3.3-3.8 ms serial. Requests run side by side
    /// anyway: the cores are shared by serving several at once.</item>
    /// <item>A connection going back to the pool is not reset (<c>No Reset On Close</c>): the reset (RESET ALL, CLOSE ALL,
    /// DISCARD TEMP and three more, sent before the next use) took 0.25 ms of the server's time per request, as much as
    /// reading a quote by id. Our statements leave nothing in the session: a statement that changes a setting resets
    /// it in the same batch, temporary tables are dropped at commit, advisory locks are the transaction's, and the pool
    /// still rolls back a transaction left open.</item>
    /// </list>
    /// </summary>
    public static string ForService(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            settings.MaxAutoPrepare = 100;
            settings.AutoPrepareMinUsages = 2;
        }
        if (string.IsNullOrEmpty(settings.Options)) settings.Options = "-c max_parallel_workers_per_gather=0";
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase)) settings.NoResetOnClose = true;
        return settings.ConnectionString;
    }

    /// <summary>
    /// Creates the database if missing and applies db/migrations/*.sql (embedded in this assembly) in name order,
    /// each exactly once, journalled by DbUp in public.schemaversions; all pending scripts run in one transaction.
    /// </summary>
    public static void Migrate(string connectionString)
    {
        EnsureDatabase.For.PostgresqlDatabase(connectionString, new NoOpUpgradeLog());
        var result = DeployChanges.To.PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(Database).Assembly, name => name.StartsWith("migrations.", StringComparison.Ordinal))
            .WithTransaction()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException($"Migration {result.ErrorScript?.Name} failed: {result.Error.Message}", result.Error);
        CheckLocale(connectionString);
    }

    private const string SelectLocale = """
        select pg_encoding_to_char(d.encoding) as encoding, d.datctype as current, s.value as recorded
        from pg_database d left join database_settings s on s.name = 'lc_ctype'
        where d.datname = current_database()
        """;

    /// <summary>
    /// Refuses a database whose words would split or fold differently from how its stored search keys were computed:
    /// its encoding must be UTF8 and its LC_CTYPE the one recorded when the search keys were made.
    /// </summary>
    private static void CheckLocale(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        var (encoding, current, recorded) = connection.QuerySingle<(string, string, string?)>(SelectLocale);
        if (encoding != "UTF8")
            throw new InvalidOperationException($"The database's encoding is {encoding}; Attribution needs UTF8 (createdb -E UTF8 --locale=C.UTF-8).");
        if (recorded is not null && recorded != current)
            throw new InvalidOperationException(
                $"The database's LC_CTYPE is {current}, but its quotes' search keys were computed under {recorded}: words would split and "
                + "fold differently and search would miss. Move the data to a database with LC_CTYPE " + recorded + " (pg_dump and restore).");
    }

    /// <summary>Opens a connection and starts the transaction that one write runs in.</summary>
    public static async Task<(NpgsqlConnection, NpgsqlTransaction)> BeginWriteAsync(this NpgsqlDataSource db, CancellationToken ct)
    {
        var connection = await db.OpenConnectionAsync(ct);
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        return (connection, transaction);
    }
}

/// <summary>Applies migrations before the server starts listening, then loads demo data when asked to.</summary>
internal sealed class DatabaseMigrator(IConfiguration configuration, IServiceProvider services, ILogger<DatabaseMigrator> log)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken ct)
    {
        Database.Migrate(configuration.GetConnectionString(Database.ConnectionStringName)!);
        log.LogInformation("Database schema is up to date");
        if (configuration.GetValue<bool>("Attribution:LoadDemoData"))
            await DemoData.SeedArticle.LoadAsync(services, ct);
    }

    public Task StartAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken ct) => Task.CompletedTask;
}

/// <summary>Dapper conversions Npgsql needs help with: DateOnly columns.</summary>
internal static class DapperTypes
{
    private static int registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 1) return;
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlMapper.AddTypeHandler(new DateOnlyHandler());
    }

    private sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override void SetValue(IDbDataParameter parameter, DateOnly value)
        {
            parameter.DbType = DbType.Date;
            parameter.Value = value;
        }

        public override DateOnly Parse(object value) => value switch
        {
            DateOnly d => d,
            DateTime dt => DateOnly.FromDateTime(dt),
            _ => throw new InvalidCastException($"Cannot read {value.GetType()} as a date."),
        };
    }
}
