using Attribution.Api.Infrastructure;
using Npgsql;

namespace Attribution.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server of the test run (./test.sh starts a throwaway one and sets ATTRIBUTION_TEST_CONNECTION).
/// Migrations run once into a template database; each test class gets its own copy, which is fast and isolated.
/// </summary>
public static class TestDatabase
{
    private static readonly string RunId = Guid.NewGuid().ToString("N")[..8];
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("ATTRIBUTION_TEST_CONNECTION")
        ?? throw new InvalidOperationException(
            "ATTRIBUTION_TEST_CONNECTION is not set: run ./test.sh, which starts PostgreSQL, or point it at a server whose user may create databases.");

    /// <summary>Creates an empty, migrated database and returns its connection string.</summary>
    public static async Task<string> CreateAsync()
    {
        var template = await Template.Value;
        var name = $"attribution_test_{RunId}_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync($"create database \"{name}\" template \"{template}\"");
        return WithDatabase(name);
    }

    /// <summary>Runs <paramref name="test"/> with a connection to a fresh migrated database, dropped afterwards.</summary>
    public static async Task WithConnectionAsync(Func<NpgsqlConnection, Task> test)
    {
        var connectionString = await CreateAsync();
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await test(connection);
        }
        finally
        {
            await DropAsync(connectionString);
        }
    }

    public static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await ExecuteOnServerAsync($"drop database if exists \"{name}\" with (force)");
    }

    public static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(WithDatabase("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var name = $"attribution_template_{RunId}";
        var connectionString = WithDatabase(name);
        Database.Migrate(connectionString);
        // CREATE DATABASE ... TEMPLATE needs the template to have no open connections, pooled ones included.
        NpgsqlConnection.ClearAllPools();
        await Task.CompletedTask;
        return name;
    }

    private static string WithDatabase(string name) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name, Pooling = name != "postgres" }.ConnectionString;
}
