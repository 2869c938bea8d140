using Harness.Core.OpenApi;
using Harness.Mock.Modules;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// Netmera REST API 3.0, user and device management (<c>openapi/netmera.yaml</c>, <c>behaviour.md</c>).
/// Each feature lives in its own file; this class only wires operations to them.
/// </summary>
internal sealed class NetmeraModule : ApiModule<NetmeraState>
{
    public NetmeraModule()
    {
        Serve("deleteUsersPermanently", DeleteUsers.Delete);
        Serve("enablePush", PushSwitch.Enable);
        Serve("disablePush", PushSwitch.Disable);
        Serve("tagUsers", Tags.Tag);
        Serve("untagUsers", Tags.Untag);
        Serve("setCategoryPreferences", CategoryPreferences.Set);
        Serve("setProfileAttributes", ProfileAttributes.Set);
        Serve("unsetProfileAttributes", ProfileAttributes.Unset);
        Serve("deleteProfileAttributes", ProfileAttributes.DeleteEverywhere);
        Serve("getProfileAttributes", ProfileAttributes.Get);
        Serve("pushProfileAttributes", ProfileAttributes.Push);
        Serve("pullProfileAttributes", ProfileAttributes.Pull);
        Serve("deleteProfileAttributeValue", ProfileAttributes.DeleteValue);
        Serve("getDevices", Devices.OfUser);
        Serve("getDeviceTokens", Devices.Tokens);
        Serve("getSegments", Segments.List);
        Serve("getSegmentUsers", Segments.Users);
        Serve("sendPushApproval", PushApproval.Approve);
        Serve("enableMail", MailSms.EnableMail);
        Serve("disableMail", MailSms.DisableMail);
        Serve("updateEmail", MailSms.UpdateEmail);
        Serve("enableSms", MailSms.EnableSms);
        Serve("disableSms", MailSms.DisableSms);
        Serve("updateMsisdn", MailSms.UpdateMsisdn);
        OnAdmin("devices", SdkDevices.Register);
        OnAdmin("view", NetmeraView.Render);
    }

    public override string ApiName => "netmera";

    public override IApiErrors Errors => NetmeraErrors.Instance;

    public override JToken PrepareBody(ApiOperation operation, JToken body) => NetmeraBody.Prepare(operation, body);

    /// <summary>Every handler first counts unique ids, which the schema cannot (see <see cref="IdLimit"/>).</summary>
    private void Serve(string operationId, Func<HandlerContext<NetmeraState>, MockResponse> handler) =>
        On(operationId, ctx => IdLimit.Check(ctx.Request.Body) ?? handler(ctx));

    public override JToken Snapshot(object state) => NetmeraDocument.Write((NetmeraState)state);

    public override object Restore(JToken snapshot)
    {
        var state = new NetmeraState();
        NetmeraDocument.Load(state, JsonFields.Object(snapshot, "the netmera snapshot"));
        return state;
    }

    /// <summary>The fixture format is <see cref="NetmeraDocument"/>'s: a snapshot is a valid fixture.</summary>
    protected override void Seed(NetmeraState state, JObject fixture, TimeProvider clock) => NetmeraDocument.Load(state, fixture);

    /// <summary>
    /// A Netmera part can only be wrong in itself (a value of the wrong kind, an unknown key), never against
    /// the tenant's data: loading it into an empty state checks it, and the change loads it into the tenant's.
    /// </summary>
    protected override Action? PrepareSeed(NetmeraState state, JObject fixture, TimeProvider clock)
    {
        NetmeraDocument.Load(new NetmeraState(), fixture);
        return () => NetmeraDocument.Load(state, fixture);
    }

    /// <summary>Netmera's settings are checked in themselves, never against the tenant's data, and replace what they name.</summary>
    protected override Action? PrepareSettings(NetmeraState state, JObject settings) => NetmeraSettings.Prepare(state, settings);

    protected override void ApplySettings(NetmeraState state, JObject settings) => NetmeraSettings.Apply(state, settings);
}
