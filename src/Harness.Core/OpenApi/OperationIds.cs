using System.Text;

namespace Harness.Core.OpenApi;

/// <summary>Names an operation that has no operationId after its method and path: <c>GET /pets/{petId}</c> is <c>getPetsPetId</c>.</summary>
internal static class OperationIds
{
    public static string From(string method, string path)
    {
        var name = new StringBuilder(method.ToLowerInvariant());
        var upper = true;
        foreach (var c in path)
        {
            if (char.IsLetterOrDigit(c))
            {
                name.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return name.ToString();
    }
}
