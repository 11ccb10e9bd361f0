using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Attribution.Api.Infrastructure;

public static class Json
{
    /// <summary>The options of the API's JSON (see <see cref="Configure"/>), also outside HTTP (audit records, imports).</summary>
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        return options;
    }

    public static IServiceCollection AddAttributionJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => Configure(options.SerializerOptions));

    /// <summary>camelCase JSON, enums as camelCase strings, and strict reading: unknown fields, a field given twice, nulls
    /// where a value is required, and strings PostgreSQL cannot store are rejected with the path of the offending field.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { RejectNul } };
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.AllowDuplicateProperties = false;
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    }

    /// <summary>
    /// Refuses NUL, which PostgreSQL text cannot hold, in every string and string array the API reads. Done on the
    /// properties (not with a converter for string, which would hide every string's type from the OpenAPI schemas);
    /// unpaired surrogates never get here: the reader itself refuses them.
    /// </summary>
    private static void RejectNul(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.Set is not { } set) continue;
            if (property.PropertyType == typeof(string))
                property.Set = (target, value) => set(target, value is string text && text.Contains('\0') ? throw Nul() : value);
            else if (property.PropertyType == typeof(string[]))
                property.Set = (target, value) =>
                    set(target, value is string[] texts && Array.FindIndex(texts, t => t?.Contains('\0') == true) is var item and >= 0 ? throw Nul(item) : value);
        }

        static JsonException Nul(int? item = null) =>
            new($"{(item is null ? "Text" : $"Item {item}")} must not contain the NUL character (U+0000).");
    }
}
