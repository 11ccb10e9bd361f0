using System.Text.Json;
using FluentValidation;

namespace Attribution.Api.Infrastructure;

public static class Validation
{
    public static IServiceCollection AddAttributionValidation(this IServiceCollection services)
    {
        // Errors name fields the way clients spell them: "speakers[0].wikidataId", not "Speakers[0].WikidataId".
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        return services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Type> ValidatorTypes = new();

    /// <summary>Validates every argument that has a FluentValidation validator, answering 400 with the failures.</summary>
    public static TBuilder WithValidation<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter(async (context, next) =>
        {
            Dictionary<string, string[]>? errors = null;
            foreach (var argument in context.Arguments)
            {
                if (argument is null) continue;
                var validatorType = ValidatorTypes.GetOrAdd(argument.GetType(), type => typeof(IValidator<>).MakeGenericType(type));
                if (context.HttpContext.RequestServices.GetService(validatorType) is not IValidator validator) continue;
                var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
                if (result.IsValid) continue;
                errors ??= [];
                foreach (var (field, messages) in result.ToDictionary()) errors[field] = messages;
            }
            return errors is null ? await next(context) : Problems.Invalid(errors);
        });
        return builder;
    }

    /// <summary>A BCP 47 language tag ("en", "pt-BR") or null.</summary>
    public static IRuleBuilderOptions<T, string?> LanguageTag<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$").WithMessage("'{PropertyName}' must be a BCP 47 tag such as en or pt-BR.");

    /// <summary>Text a person wrote: not blank, and within a length PostgreSQL's check constraints also enforce.</summary>

    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(v => v is null || !string.IsNullOrWhiteSpace(v)).WithMessage("'{PropertyName}' must not be blank.")
            .MaximumLength(maxLength);
}
