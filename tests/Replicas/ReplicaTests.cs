using System.Net;
using Attribution.Api.Infrastructure;
using Attribution.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Attribution.Tests.Replicas;

/// <summary>The topologies bind loopback ports of their own: their classes run one after the other.</summary>
[CollectionDefinition("replicas", DisableParallelization = true)]
public sealed class ReplicaCollection;

[Collection("replicas")]
public sealed class ReplicaTests(ReplicaTopology topology) : IClassFixture<ReplicaTopology>
{
    private const string Position = Api.Infrastructure.Replicas.PositionHeader;

    [Fact]
    public async Task Reads_are_served_by_the_standby()
    {
        using var scope = topology.Services.CreateScope();
        await using var connection = await scope.ServiceProvider.GetRequiredService<ReadDb>().OpenConnectionAsync(default);

        Assert.True(await connection.ExecuteScalarAsync<bool>("select pg_is_in_recovery()"));
    }

    [Fact]
    public async Task A_write_returns_its_position_and_a_read_with_it_sees_the_write_while_the_standby_is_paused()
    {
        var client = topology.CreateClient();
        await topology.ExecuteOnStandbyAsync("select pg_wal_replay_pause()");
        try
        {
            var created = await client.PostJsonAsync("/outlets", new { name = $"Paused Gazette {Guid.NewGuid():N}" });
            var outlet = await created.JsonAsync(HttpStatusCode.Created);
            var position = Assert.Single(created.Headers.GetValues(Position));

            // Without the position the standby answers, and it has not replayed the write yet.
            await (await client.GetAsync($"/outlets/{outlet.Id()}")).ProblemAsync(HttpStatusCode.NotFound);

            var read = new HttpRequestMessage(HttpMethod.Get, $"/outlets/{outlet.Id()}") { Headers = { { Position, position } } };
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(read)).StatusCode);
        }
        finally
        {
            await topology.ExecuteOnStandbyAsync("select pg_wal_replay_resume()");
        }
    }

    [Fact]
    public async Task A_standby_behind_by_more_than_the_allowed_lag_is_skipped()
    {
        var client = topology.CreateClient();
        await topology.ExecuteOnStandbyAsync("select pg_wal_replay_pause()");
        try
        {
            var outlet = await (await client.PostJsonAsync("/outlets", new { name = $"Lagging Ledger {Guid.NewGuid():N}" })).JsonAsync(HttpStatusCode.Created);
            await ReplicaTopology.WaitAsync(async () => (await topology.HealthAsync()).Contains("\"lagging\""), "the standby to be lagging");

            await client.GetJsonAsync($"/outlets/{outlet.Id()}"); // from the primary
        }
        finally
        {
            await topology.ExecuteOnStandbyAsync("select pg_wal_replay_resume()");
        }
        await ReplicaTopology.WaitAsync(async () => (await topology.HealthAsync()).Contains("\"streaming\""), "the standby to catch up");
    }

    [Fact]
    public async Task A_malformed_position_is_a_400_naming_the_header()
    {
        var read = new HttpRequestMessage(HttpMethod.Get, "/outlets") { Headers = { { Position, "yesterday" } } };
        var problem = await (await topology.CreateClient().SendAsync(read)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(Position, (string?)problem["detail"]);
    }
}

[Collection("replicas")]
public sealed class ReplicaFailureTests(ReplicaTopology topology) : IClassFixture<ReplicaTopology>
{
    [Fact]
    public async Task With_the_standby_stopped_the_service_answers_from_the_primary_and_says_so()
    {
        var client = topology.CreateClient();
        var outlet = await (await client.PostJsonAsync("/outlets", new { name = "Standby Times" })).JsonAsync(HttpStatusCode.Created);

        await topology.StopStandbyAsync();
        await ReplicaTopology.WaitAsync(async () => (await topology.HealthAsync()).Contains("\"down\""), "the standby to be seen down");

        for (var i = 0; i < 20; i++) await client.GetJsonAsync($"/outlets/{outlet.Id()}");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }
}
