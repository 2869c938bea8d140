using System.Text.RegularExpressions;

namespace Harness.Mock.Apis.Iterable;

/// <summary>The validity rules of Iterable's two identifiers.</summary>
internal static partial class Identifiers
{
    public const int MaxUserIdLength = 52;

    /// <summary><c>local@domain.tld</c> with no whitespace: <c>""</c>, <c>000</c> and <c>user @example.com</c> fail.</summary>
    public static bool IsValidEmail(string email) => EmailShape().IsMatch(email);

    public static bool IsValidUserId(string userId) => userId.Length <= MaxUserIdLength;

    /// <summary>
    /// Emails are case-insensitive: every email the mock receives (body, path, query, fixture) is lowercased
    /// before it is checked, stored, looked up or echoed, so <c>User@Example.com</c> is <c>user@example.com</c>.
    /// </summary>
    public static string NormalizeEmail(string email) => email.ToLowerInvariant();

    /// <summary><c>userId: ""</c> counts as absent.</summary>
    public static string? UserIdOrNull(string? userId) => string.IsNullOrEmpty(userId) ? null : userId;

    [GeneratedRegex(@"^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailShape();
}
