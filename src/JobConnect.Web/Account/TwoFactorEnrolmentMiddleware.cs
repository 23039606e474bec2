namespace JobConnect.Web.Account;

/// <summary>
/// Sends an organizer or caseworker who signed in with the password only to the enrolment page
/// before any other page. The role policies require the second factor as well, so this is about
/// where the user lands, not the only guard.
/// </summary>
public static class TwoFactorEnrolmentMiddleware
{
    public const string SetupPath = "/account/two-factor/setup";

    public static IApplicationBuilder UseTwoFactorEnrolment(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (SignInFlow.LacksRequiredSecondFactor(context.User)
                && !path.StartsWithSegments("/account") && !path.StartsWithSegments("/culture")
                && !path.StartsWithSegments("/error") && !path.StartsWithSegments("/_framework")
                && !path.StartsWithSegments("/_content") && !Path.HasExtension(path.Value))
            {
                context.Response.Redirect(SetupPath);
                return;
            }
            await next();
        });
}
