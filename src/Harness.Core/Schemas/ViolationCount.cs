using NJsonSchema.Validation;

namespace Harness.Core.Schemas;

/// <summary>
/// Counts what one NJsonSchema error would become as violations, without describing them: the same walk
/// as the validator's collection (into array items and all-of branches; one for a failed any-of/one-of).
/// </summary>
internal static class ViolationCount
{
    public static int Of(ValidationError error)
    {
        if (error is ChildSchemaValidationError child && error.Kind is ValidationErrorKind.ArrayItemNotValid
                or ValidationErrorKind.AdditionalItemNotValid or ValidationErrorKind.AdditionalPropertiesNotValid
                or ValidationErrorKind.NotAllOf)
        {
            var count = 0;
            foreach (var nested in child.Errors.Values.SelectMany(e => e))
            {
                count += Of(nested);
            }

            return count;
        }

        return 1;
    }
}
