namespace Harness.Core.Schemas;

/// <summary>What kind of rule a value broke; vendors map these onto their own error codes.</summary>
public enum ViolationKind
{
    /// <summary>A required property (or parameter) is absent.</summary>
    Missing,

    /// <summary>The value has another JSON type than the schema's (see <see cref="SchemaViolation.ExpectedType"/>).</summary>
    WrongType,

    /// <summary>The value is not one of the schema's enum values.</summary>
    NotInEnum,

    TooManyItems,
    TooFewItems,
    TooSmall,
    TooLarge,
    TooShort,
    TooLong,
    PatternMismatch,
    BadFormat,

    /// <summary>Not exactly one of several alternatives holds (e.g. both or neither of two fields).</summary>
    Alternatives,

    /// <summary>A property that the schema forbids.</summary>
    NotAllowed,

    /// <summary>A value no schema type can hold: an integer beyond 64 bits, a number beyond a double, text with control characters.</summary>
    Unrepresentable,

    Other,
}
