using System.Text;

namespace Attribution.Tests.Imports;

/// <summary>Import files for the import tests, and posting them.</summary>
public static class Ndjson
{
    public static string Lines(params object[] lines) =>
        string.Join("\n", lines.Select(l => l as string ?? System.Text.Json.JsonSerializer.Serialize(l))) + "\n";

    public static Task<HttpResponseMessage> ImportAsync(this HttpClient client, string body, string query = "") =>
        client.PostAsync($"/imports{query}", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));

    public static string Unique() => Guid.NewGuid().ToString("N")[..8];
}
