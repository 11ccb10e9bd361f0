using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;

namespace Attribution.Api.Infrastructure;

/// <summary>
/// PATCH bodies are JSON merge patches (RFC 7396) applied to the resource's request form: fields present replace
/// the stored ones, null clears them, absent fields stay. The merged result is validated like a new resource.
/// </summary>
public static class MergePatch
{
    public const string MediaType = "application/merge-patch+json";

    public sealed record Result<T>(T? Value, IDictionary<string, string[]>? Errors);

    public static async Task<Result<T>> ApplyAsync<T>(T current, JsonElement patch, JsonSerializerOptions options,
        IValidator<T> validator, CancellationToken ct)
    {
        if (patch.ValueKind != JsonValueKind.Object)
            return new(default, new Dictionary<string, string[]> { ["body"] = ["A merge patch must be a JSON object."] });
        if (Malformed(patch, "") is { } malformed) return new(default, malformed);

        var target = JsonSerializer.SerializeToNode(current, options)!;
        var merged = Merge(target, JsonNode.Parse(patch.GetRawText())!);
        T value;
        try
        {
            value = merged.Deserialize<T>(options)!;
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            return new(default, new Dictionary<string, string[]> { [field] = [ProblemExceptionHandler.JsonMessage(e)] });
        }
        var validation = await validator.ValidateAsync(value, ct);
        return validation.IsValid ? new(value, null) : new(default, validation.ToDictionary());
    }

    /// <summary>What the JSON reader lets through but no resource can hold: a name given twice in one object, and strings
    /// that are not text (invalid UTF-8, an unpaired surrogate escape such as \ud800, NUL).</summary>
    private static Dictionary<string, string[]>? Malformed(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var field = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    if (!Readable(() => property.Name)) return Error(path.Length == 0 ? "body" : path, "A field name is not valid text.");
                    if (!names.Add(property.Name)) return Error(field, $"'{property.Name}' is given twice; give each field once.");
                    if (Malformed(property.Value, field) is { } inner) return inner;
                }
                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    if (Malformed(item, $"{path}[{index++}]") is { } inner) return inner;
                return null;
            case JsonValueKind.String:
                string? text = null;
                if (!Readable(() => text = element.GetString())) return Error(path, "The string is not valid text (invalid UTF-8 or an unpaired surrogate).");
                return text!.Contains('\0') ? Error(path, "Text must not contain the NUL character (U+0000).") : null;
            default:
                return null;
        }

        static Dictionary<string, string[]> Error(string field, string reason) => new() { [field] = [reason] };

        static bool Readable(Func<string?> read)
        {
            try
            {
                read();
                return true;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }
    }

    /// <summary>Whether the patch names <paramref name="field"/> at its top level.</summary>
    public static bool Touches(JsonElement patch, string field) =>
        patch.ValueKind == JsonValueKind.Object && patch.TryGetProperty(field, out _);

    private static JsonNode? Merge(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject) return patch?.DeepClone();
        var result = target as JsonObject ?? new JsonObject();
        foreach (var (name, value) in patchObject)
        {
            if (value is null) result.Remove(name);
            else result[name] = Merge(result[name]?.DeepClone(), value);
        }
        return result;
    }
}
