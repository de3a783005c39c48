using System.Net;
using Licensing.Tests.Infrastructure;

namespace Licensing.Tests.Account;

public sealed class SignInThrottleTests : IAsyncLifetime
{
    private readonly AppHost app = new(new() { ["Security:SignInAttemptsPerMinute"] = "3", ["Demo:Seed"] = "false" });

    public Task InitializeAsync()
    {
        app.Start();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_from_one_address_are_refused_for_a_minute()
    {
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        for (var i = 0; i < 3; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostAsync("/sign-in", new FormUrlEncodedContent([]))).StatusCode);
        var refused = await client.PostAsync("/sign-in", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many sign-in attempts", await refused.Content.ReadAsStringAsync());
        // Reading the page is not an attempt.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sign-in")).StatusCode);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();
}
