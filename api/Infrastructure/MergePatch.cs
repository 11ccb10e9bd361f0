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
            var message = e.Message.Split(" Path: ")[0];
            return new(default, new Dictionary<string, string[]> { [field] = [message] });
        }
        var validation = await validator.ValidateAsync(value, ct);
        return validation.IsValid ? new(value, null) : new(default, validation.ToDictionary());
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
