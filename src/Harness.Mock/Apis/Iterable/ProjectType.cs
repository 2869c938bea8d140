namespace Harness.Mock.Apis.Iterable;

/// <summary>How an Iterable project identifies users; decides uniqueness and which identifier wins.</summary>
internal enum ProjectType
{
    Email,
    UserId,
    Hybrid,
}

internal static class ProjectTypes
{
    public static string ToWire(this ProjectType type) => type switch
    {
        ProjectType.UserId => "userId",
        ProjectType.Hybrid => "hybrid",
        _ => "email",
    };

    /// <summary>Parses the wire name; throws <see cref="FormatException"/> naming the accepted values.</summary>
    public static ProjectType Parse(string? text) => text switch
    {
        "email" => ProjectType.Email,
        "userId" => ProjectType.UserId,
        "hybrid" => ProjectType.Hybrid,
        _ => throw new FormatException($"projectType \"{text}\" is not one of \"email\", \"userId\", \"hybrid\""),
    };

    /// <summary>The name Iterable's documentation uses: email-based, userID-based, hybrid.</summary>
    public static string Describe(this ProjectType type) => type switch
    {
        ProjectType.UserId => "userID-based",
        ProjectType.Hybrid => "hybrid",
        _ => "email-based",
    };

    public static bool EmailIsUnique(this ProjectType type) => type != ProjectType.UserId;

    public static bool UserIdIsUnique(this ProjectType type) => type != ProjectType.Email;

    /// <summary>Which identifier wins when a request sends both.</summary>
    public static bool UserIdWins(this ProjectType type) => type != ProjectType.Email;
}
