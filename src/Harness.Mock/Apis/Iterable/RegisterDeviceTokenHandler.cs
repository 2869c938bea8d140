using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

/// <summary>POST /api/users/registerDeviceToken: store (or refresh and re-enable) a device on a profile.</summary>
internal static class RegisterDeviceTokenHandler
{
    public const int MaxDevicesPerProfile = 500;

    public static MockResponse Handle(HandlerContext<IterableState> ctx)
    {
        var body = ctx.Request.BodyObject;
        var state = ctx.State;
        if (Identity.TryRead(body, required: true, out var id) is { } badIdentity)
        {
            return badIdentity;
        }

        // The schema has checked the device's shape and types; what is left is meaning.
        var device = (JObject)body["device"]!;
        var token = (string)device["token"]!;
        if (token.Length == 0)
        {
            return IterableEnvelope.BadParams("device.token must not be empty");
        }

        if (IdentityResolver.TryResolveWrite(state, id, body.Value<bool?>("preferUserId") ?? false, out var target) is { } unresolved)
        {
            return unresolved;
        }

        if (IdentityResolver.CheckUnique(state, target) is { } conflict)
        {
            return conflict;
        }

        var known = target.Existing?.Device(token);
        if (known is null && target.Existing is { DeviceCount: >= MaxDevicesPerProfile })
        {
            return IterableEnvelope.BadParams($"A user can have at most {MaxDevicesPerProfile} devices");
        }

        // Device fields are typed under devices.<key>; registerDeviceToken always creates new ones (Decision).
        var deviceFields = StoredDevice.OwnFields(device["dataFields"] as JObject);
        var types = deviceFields is null ? null : FieldTypeCheck.Run(state.FieldTypes, deviceFields, "devices.", dropNew: false);
        if (types is { Mismatches.Count: > 0 })
        {
            return IterableEnvelope.TypesMismatched(state.ProjectIdFor(ctx.Request.ApiKey), types.Mismatches);
        }

        if (id.HasBoth)
        {
            // Decision: the docs say "email or userId, not both", yet their own sample sends both.
            ctx.Warn($"registerDeviceToken got both email and userId (the documentation asks for one); resolved by the " +
                     $"{state.ProjectType.Describe()} precedence rule: " +
                     (state.ProjectType.UserIdWins() ? $"userId wins, email \"{id.Email}\" is written to the profile" : $"email wins, userId \"{id.UserId}\" is written to the profile"));
        }

        var platform = StoredDevice.ParsePlatform((string?)device["platform"]);
        var applicationName = state.Intern((string)device["applicationName"]!);
        var profile = target.Apply(state, IterableDates.Now(ctx.Clock));
        if (known is null)
        {
            known = new StoredDevice(token, platform, applicationName, endpointEnabled: true);
            state.AddDevice(profile, known);
        }
        else
        {
            known.Platform = platform;
            known.ApplicationName = applicationName;
            known.EndpointEnabled = true;
        }

        known.MergeExtra(deviceFields);
        types?.Commit();
        return IterableEnvelope.Success();
    }
}
