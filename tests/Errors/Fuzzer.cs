using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Attribution.Tests.Errors;

/// <summary>
/// Requests generated from the OpenAPI document, for every operation: well-formed ones and ones broken on purpose
/// (wrong types, huge and odd strings, invalid UTF-8, deep JSON, overflowing ids, repeated and malformed parameters,
/// garbage headers). Each answer is checked: no 5xx, no stack trace, SQL or .NET type in any body, and a problem
/// document (status, title, detail) for every 4xx. Deterministic for a seed.
/// </summary>
public sealed partial class Fuzzer(JsonNode document, int seed)
{
    private readonly Random random = new(seed);
    private readonly JsonObject schemas = document["components"]?["schemas"]?.AsObject() ?? [];

    public sealed record Operation(string Method, string Path, JsonNode Spec);

    public sealed record Finding(string Request, int Status, string Problem);

    /// <summary>Counts per status code, and what failed.</summary>
    public sealed class Report
    {
        public int Requests;
        public SortedDictionary<int, int> Statuses { get; } = [];
        public List<Finding> Findings { get; } = [];
    }

    public IReadOnlyList<Operation> Operations() => document["paths"]!.AsObject()
        .SelectMany(path => path.Value!.AsObject().Select(op => new Operation(op.Key.ToUpperInvariant(), path.Key, op.Value!)))
        .ToList();

    /// <summary>Sends <paramref name="count"/> requests, spread over every operation, <paramref name="parallel"/> at a time.</summary>
    public async Task<Report> RunAsync(Func<string, HttpClient> clients, int count, int parallel)
    {
        var operations = Operations();
        var requests = Enumerable.Range(0, count).Select(i => Build(operations[i % operations.Count], i)).ToList();
        var report = new Report();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (made, ct) =>
        {
            using var request = made.Request();
            var description = $"{request.Method} {request.RequestUri} [{made.What}]";
            HttpResponseMessage response;
            string body;
            try
            {
                response = await clients(made.Role).SendAsync(request, ct);
                body = await response.Content.ReadAsStringAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                lock (report) report.Findings.Add(new Finding(description, 0, $"no answer: {e.GetType().Name}: {e.Message}"));
                return;
            }
            var problem = Check(response, body);
            lock (report)
            {
                report.Requests++;
                report.Statuses[(int)response.StatusCode] = report.Statuses.GetValueOrDefault((int)response.StatusCode) + 1;
                if (problem is not null) report.Findings.Add(new Finding(description, (int)response.StatusCode, problem));
            }
        });
        return report;
    }

    [GeneratedRegex(@"\n\s+at [A-Z][\w.]+|\b(?:System|Npgsql|Microsoft|Attribution)\.[A-Z]\w+\.")]
    private static partial Regex Internals();

    [GeneratedRegex(@"\b(?:select|insert into|update|delete from)\b[^""]{0,200}\b(?:from|values|set|where)\b")]
    private static partial Regex Sql();

    private static string? Check(HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        if (status >= 500) return $"server error: {Shorten(body)}";
        if (Internals().IsMatch(body) && status >= 400) return $"internals in the body: {Shorten(body)}";
        if (status < 400) return null;
        if (Sql().IsMatch(body)) return $"SQL in the body: {Shorten(body)}";
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") return $"not a problem document: {response.Content.Headers.ContentType}";
        try
        {
            var problem = JsonNode.Parse(body)!;
            if ((int?)problem["status"] != status) return "problem status differs from the response's";
            if (string.IsNullOrWhiteSpace((string?)problem["title"]) || string.IsNullOrWhiteSpace((string?)problem["detail"])) return $"no title or detail: {Shorten(body)}";
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return $"unreadable problem document: {Shorten(body)}";
        }
        return null;
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "...";

    /// <summary>A request to send (made again for each try: HttpRequestMessage is single-use), the key role to send it with, and what was broken.</summary>
    private sealed record Made(Func<HttpRequestMessage> Request, string Role, string What);

    private static readonly string[] OddIds =
        // (No %00: Kestrel itself refuses a path with NUL at the protocol level, before any endpoint; the test server throws.)
        ["0", "-1", "1", "2", "9223372036854775807", "9223372036854775808", "99999999999999999999999", "abc", "1.5", "%FF", "1e3", "0x10", " 1", "%20"];

    private static readonly string[] OddStrings =
    [
        "", " ", "x", new string('x', 20_000), "\u0000", "a\u0000b", "\ud83d\ude00 emoji", "\u202e\u0645\u0631\u062d\u0628\u0627", "' or 1=1 --",
        "\"; drop table quotes; --", "%", "_", "\\", "<script>alert(1)</script>", "${jndi:ldap://x}", "-1", "0", "true", "null", "[]", "{}",
        "2021-02-30", "2021-13-01", "9999-12-31", "0001-01-01", "http://", "ftp://example.com", "javascript:alert(1)", "\r\n", "\t",
        "é", "ß", "İ", "\u00a0", "\u200b", string.Concat(Enumerable.Repeat("word ", 3000)),
    ];

    private Made Build(Operation operation, int index)
    {
        var kind = random.Next(10);
        var role = random.Next(20) switch { 0 => "none", 1 => "wrong", 2 => "reader", _ => "admin" };
        var what = new List<string> { role };

        var path = PathParameters().Replace(operation.Path, _ =>
        {
            if (kind < 7) return random.Next(3) == 0 ? "1" : random.Next(1, 30).ToString();
            what.Add("odd id");
            return Pick(OddIds);
        });

        var query = new List<string>();
        foreach (var parameter in operation.Spec["parameters"]?.AsArray() ?? [])
        {
            if ((string?)parameter!["in"] != "query") continue;
            var name = (string)parameter["name"]!;
            var required = (bool?)parameter["required"] ?? (name == "text" || name == "reason");
            if (kind >= 5 && random.Next(3) == 0)
            {
                what.Add($"odd {name}");
                var value = Pick(OddStrings);
                query.Add($"{Escape(name)}={(value.Contains('%') && random.Next(2) == 0 ? value : Uri.EscapeDataString(value))}");
                if (random.Next(4) == 0) query.Add($"{Escape(name)}={Uri.EscapeDataString(Pick(OddStrings))}"); // repeated
            }
            else if (required || random.Next(3) == 0) query.Add($"{Escape(name)}={Uri.EscapeDataString(Value(parameter["schema"], name))}");
        }
        if (kind == 9) { query.Add("%ZZ=%G0&=&&x=%"); what.Add("malformed query"); }
        var url = path + (query.Count > 0 ? "?" + string.Join("&", query) : "");

        byte[]? body = null;
        var contentType = "application/json";
        if (operation.Spec["requestBody"]?["content"]?.AsObject() is { } content && content.Count > 0)
        {
            var (mediaType, media) = content.First();
            contentType = operation.Method == "PATCH" ? "application/merge-patch+json" : mediaType;
            var sample = Sample(media!["schema"], 0) ?? new JsonObject();
            body = Mutate(sample, what, mediaType == "application/x-ndjson");
            if (random.Next(12) == 0) { contentType = Pick(["text/plain", "application/xml", "application/json; charset=ebcdic", "multipart/form-data", "garbage"]); what.Add($"content type {contentType}"); }
        }
        else if (random.Next(10) == 0)
        {
            body = Encoding.UTF8.GetBytes("""{"unexpected":"body"}""");
            what.Add("unexpected body");
        }

        var headers = new List<(string, string)>();
        if (random.Next(6) == 0)
        {
            var (name, value) = Pick<(string, string)>([
                ("Accept", "text/html"), ("Accept", "application/xml"), ("Accept", "image/png"), ("Accept", "*/*;q=garbage"),
                ("If-Match", "garbage"), ("If-Match", "\"1\""), ("If-Match", "*"), ("If-Match", "W/\"x\", \"\""),
                ("Idempotency-Key", new string('k', 500)), ("Idempotency-Key", $"fuzz-{index % 7}"), ("Idempotency-Key", ""),
                ("Accept-Language", "xx;q=5"), ("Content-Encoding", "gzip"), ("X-Api-Key", ""), ("Range", "bytes=0-0"),
            ]);
            headers.Add((name, value));
            what.Add($"header {name}");
        }

        return new Made(() =>
        {
            var request = new HttpRequestMessage(new HttpMethod(operation.Method), url);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
            foreach (var (name, value) in headers)
                if (!request.Headers.TryAddWithoutValidation(name, value)) request.Content?.Headers.TryAddWithoutValidation(name, value);
            return request;
        }, role, string.Join(", ", what));
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameters();

    private static string Escape(string name) => Uri.EscapeDataString(name);

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    private string Value(JsonNode? schema, string name)
    {
        schema = Resolve(schema);
        if (schema?["enum"] is JsonArray values && values.Count > 0) return values[random.Next(values.Count)]!.ToString();
        var type = Type(schema);
        return (type, (string?)schema?["format"], name) switch
        {
            (_, "date", _) => "2021-03-04",
            (_, "date-time", _) => "2021-03-04T10:00:00Z",
            ("integer", _, "limit") => random.Next(1, 20).ToString(),
            ("integer", _, _) => random.Next(1, 10).ToString(),
            ("boolean", _, _) => random.Next(2) == 0 ? "true" : "false",
            (_, _, "text") => "We will rebuild the bridge by spring",
            (_, _, "reason") => "Fuzzed",
            (_, _, "format") => "ndjson",
            (_, _, "url") => "https://example.com/news/1",
            (_, _, "cursor") => "aWQ6MTI",
            _ => "words",
        };
    }

    private JsonNode? Resolve(JsonNode? schema)
    {
        for (var i = 0; i < 10 && schema?["$ref"] is { } reference; i++) schema = schemas[((string)reference!).Split('/')[^1]];
        if (schema?["allOf"] is JsonArray { Count: > 0 } all) return Resolve(all[0]);
        if (schema?["oneOf"] is JsonArray { Count: > 0 } one) return Resolve(one[0]);
        if (schema?["anyOf"] is JsonArray { Count: > 0 } any) return Resolve(any.FirstOrDefault(s => (string?)s?["type"] != "null") ?? any[0]);
        return schema;
    }

    private static string? Type(JsonNode? schema) => schema?["type"] switch
    {
        JsonArray types => types.Select(t => (string?)t).FirstOrDefault(t => t != "null"),
        JsonValue type => (string?)type,
        _ => null,
    };

    /// <summary>A value the schema describes, with its example where it has one.</summary>
    private JsonNode? Sample(JsonNode? schema, int depth)
    {
        schema = Resolve(schema);
        if (schema is null || depth > 6) return null;
        if (schema["examples"] is JsonArray { Count: > 0 } examples && random.Next(2) == 0) return examples[0]?.DeepClone();
        if (schema["enum"] is JsonArray { Count: > 0 } values) return values[random.Next(values.Count)]?.DeepClone();
        return Type(schema) switch
        {
            "object" or null when schema["properties"] is JsonObject properties =>
                new JsonObject(properties.Where(_ => random.Next(4) != 0).Select(p => KeyValuePair.Create(p.Key, Sample(p.Value, depth + 1)))),
            "array" => new JsonArray(Sample(schema["items"], depth + 1)),
            "integer" => JsonValue.Create(random.Next(1, 10)),
            "number" => JsonValue.Create(0.5),
            "boolean" => JsonValue.Create(true),
            _ => (string?)schema["format"] switch
            {
                "date" => JsonValue.Create("2021-03-04"),
                "date-time" => JsonValue.Create("2021-03-04T10:00:00Z"),
                "uri" => JsonValue.Create("https://example.com/news/1"),
                _ => JsonValue.Create("We will rebuild the bridge by spring."),
            },
        };
    }

    private static readonly string[] OddJson =
    [
        "null", "true", "-1", "0", "1.5", "1e400", "-1e400", "9223372036854775808", "99999999999999999999999999", "\"\"", "[]", "{}",
        "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00x\\ud800\"", "[[[[[[[[[[[]]]]]]]]]]]", "{\"a\":{\"b\":{\"c\":{}}}}", "\"2021-02-30\"",
        "\"x\"", "123456789012345678901234567890", "[null]", "[1,\"a\",{}]",
    ];

    private byte[] Mutate(JsonNode sample, List<string> what, bool ndjson)
    {
        var choice = random.Next(12);
        byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
        switch (choice)
        {
            case 0 or 1 or 2:
                what.Add("sample");
                break;
            case 3 when sample is JsonObject object3 && object3.Count > 0:
            {
                var key = object3.ElementAt(random.Next(object3.Count)).Key;
                var odd = random.Next(2) == 0 ? Pick(OddJson) : System.Text.Json.JsonSerializer.Serialize(Pick(OddStrings));
                object3[key] = "__odd__";
                what.Add($"{key} = {Shorten(odd)}");
                return Utf8(sample.ToJsonString().Replace("\"__odd__\"", odd));
            }
            case 4 when sample is JsonObject object4:
                object4["unknownField" + random.Next(3)] = "x";
                what.Add("unknown field");
                break;
            case 5:
                what.Add("deep JSON");
                return Utf8(new string('[', 5000) + new string(']', 5000));
            case 6:
            {
                what.Add("invalid UTF-8");
                var text = sample.ToJsonString();
                var cut = text.IndexOf("\":\"", StringComparison.Ordinal);
                var bytes = Utf8(text).ToList();
                bytes.InsertRange(cut > 0 ? Encoding.UTF8.GetByteCount(text[..(cut + 3)]) : 0, [0xC3, 0x28, 0xFF, 0xFE]);
                return bytes.ToArray();
            }
            case 7:
            {
                what.Add("truncated");
                var text = sample.ToJsonString();
                return Utf8(text[..random.Next(Math.Max(1, text.Length))]);
            }
            case 8 when sample is JsonObject object8 && object8.Count > 0:
            {
                what.Add("duplicate key");
                var (key, value) = object8.First();
                return Utf8(sample.ToJsonString().TrimEnd('}') + $",\"{key}\":{value?.ToJsonString() ?? "null"}}}");
            }
            case 9:
                what.Add("not JSON");
                return Utf8(Pick(["", " ", "garbage", "<xml/>", "\u0000", "{\"a\":1}{\"b\":2}", "[1,2,3]"]));
            case 10:
                what.Add("huge string");
                if (sample is JsonObject object10 && object10.Count > 0) object10[object10.First().Key] = new string('y', 200_000);
                break;
            default:
                what.Add("odd value");
                return Utf8(Pick(OddJson));
        }
        var json = sample.ToJsonString();
        return Utf8(ndjson ? json + "\n" + json.Replace("\"", "'") + "\n" : json);
    }
}
