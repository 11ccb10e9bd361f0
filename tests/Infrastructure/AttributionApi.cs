using Attribution.Api.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Attribution.Tests.Infrastructure;

/// <summary>The real HTTP pipeline of the service over its own fresh database; one per test class.</summary>
public sealed class AttributionApi : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The bootstrap admin key the test service accepts; clients from CreateClient() send it.</summary>
    public const string AdminKey = "test-admin-key-0123456789";

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync() => ConnectionString = await TestDatabase.CreateAsync();

    /// <summary>A service of its own over a fresh database, for a test that needs one (dispose it to drop the database).</summary>
    public static async Task<AttributionApi> CreateAsync()
    {
        var api = new AttributionApi();
        await api.InitializeAsync();
        return api;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting($"ConnectionStrings:{Database.ConnectionStringName}", ConnectionString);
        builder.UseSetting("ATTRIBUTION_ADMIN_KEY", AdminKey);
        // Tests send many requests without a valid key from one address; RateLimitTests check the limit itself.
        builder.UseSetting("Attribution:RateLimit:FailedAuthenticationsPerMinute", "100000");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
    }

    /// <summary>A client that sends no key.</summary>
    public HttpClient AnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        return client;
    }

    /// <summary>A client whose key (created through POST /keys) has <paramref name="role"/>; the key's id comes along.</summary>
    public async Task<(HttpClient Client, long KeyId)> ClientWithRoleAsync(string role)
    {
        var created = await (await CreateClient().PostJsonAsync("/keys", new { name = $"{role} key", role })).JsonAsync(System.Net.HttpStatusCode.Created);
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", (string)created["key"]!);
        return (client, created.Id());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ConnectionString.Length == 0) return;
        await TestDatabase.DropAsync(ConnectionString);
        ConnectionString = "";
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
