using System.Diagnostics;
using Attribution.Api.Infrastructure;
using Attribution.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Attribution.Tests.Replicas;

/// <summary>
/// A primary and a streaming hot standby of their own (tools/replica.sh: pg_basebackup, loopback ports), and the service
/// over them with the standby as its read replica. Checks replicas every 100 ms and allows 2 s of lag.
/// </summary>
public sealed class ReplicaTopology : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("attribution-replica.").FullName;

    public string Primary { get; private set; } = "";
    public string Standby { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var settings = (await ReplicaScriptAsync("start", directory))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1].Trim());
        string ConnectionString(string port) =>
            $"Host=127.0.0.1;Port={port};Username=postgres;Password={settings["PASSWORD"]};Database=attribution";
        Primary = ConnectionString(settings["PRIMARY_PORT"]);
        Standby = ConnectionString(settings["STANDBY_PORT"]);
        using var started = CreateClient(); // migrates the primary
        await WaitAsync(async () => (await HealthAsync()).Contains("\"streaming\""), "the standby to stream");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting($"ConnectionStrings:{Database.ConnectionStringName}", Primary);
        builder.UseSetting($"ConnectionStrings:{Api.Infrastructure.Replicas.ConnectionStringName}", Standby);
        builder.UseSetting("Attribution:Replicas:CheckMilliseconds", "100");
        builder.UseSetting("Attribution:Replicas:MaxLagSeconds", "2");
        builder.UseSetting("Attribution:Replicas:PositionWaitMilliseconds", "1000");
        builder.UseSetting("ATTRIBUTION_ADMIN_KEY", AttributionApi.AdminKey);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add("X-Api-Key", AttributionApi.AdminKey);
    }

    public async Task<string> HealthAsync() => await (await CreateClient().GetAsync("/health/ready")).Content.ReadAsStringAsync();

    public async Task ExecuteOnStandbyAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Standby);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public Task StopStandbyAsync() => ReplicaScriptAsync("stop", directory, "standby");

    public static async Task WaitAsync(Func<Task<bool>> condition, string what, double seconds = 30)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed.TotalSeconds > seconds) throw new TimeoutException($"Waited {seconds} s for {what}.");
            await Task.Delay(50);
        }
    }

    private static async Task<string> ReplicaScriptAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "tools", "replica.sh"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"tools/replica.sh {string.Join(' ', arguments)} failed: {await errors}");
        return await output;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await ReplicaScriptAsync("stop", directory);
        Directory.Delete(directory, recursive: true);
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
