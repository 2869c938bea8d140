using Harness.Mock.Tests.Support;

namespace Harness.Mock.Tests.Apis.Iterable;

/// <summary>Short forms of the Iterable calls the tests make over and over.</summary>
internal static class IterableCalls
{
    public static Task<ApiResponse> Update(this ApiClient client, object body) => client.Post("/users/update", body);

    public static Task<ApiResponse> Register(this ApiClient client, object body) => client.Post("/users/registerDeviceToken", body);

    public static Task<ApiResponse> Register(this ApiClient client, string email, string token, string platform = "GCM", object? dataFields = null) =>
        client.Register(new { email, device = new { token, platform, applicationName = "com.example.app", dataFields } });

    public static Task<ApiResponse> Disable(this ApiClient client, object body) => client.Post("/users/disableDevice", body);

    public static Task<ApiResponse> GetByEmail(this ApiClient client, string email) =>
        client.Get("/users/getByEmail?email=" + Uri.EscapeDataString(email));

    public static Task<ApiResponse> GetByUserId(this ApiClient client, string userId) =>
        client.Get("/users/byUserId/" + Uri.EscapeDataString(userId));

    public static Task<ApiResponse> ProjectType(this ApiClient client, string type) => client.Settings(new { projectType = type });
}
