using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Licensing.Tests.Infrastructure;

/// <summary>
/// The pages one browser test reached and the ones it scanned for accessibility (issue 8: every page
/// reached in the browser tests is scanned). Each main-frame navigation is recorded — Playwright's
/// FrameNavigated also fires for Blazor's client-side navigations — as its route, ids collapsed
/// (/cases/{id}). At the end of the test every route reached must have been scanned, or exempted
/// with a reason written in the test.
/// </summary>
public sealed partial class PagesReached(string test)
{
    private static readonly ConditionalWeakTable<IPage, PagesReached> Owners = new();
    private readonly Lock gate = new();
    private readonly Dictionary<string, string> reached = [];
    private readonly HashSet<string> scanned = [];
    private readonly Dictionary<string, string> exempt = [];
    private readonly List<IBrowserContext> contexts = [];

    public string Test => test;

    public void Watch(IBrowserContext context)
    {
        lock (gate) contexts.Add(context);
        context.Page += (_, page) => Watch(page);
        foreach (var page in context.Pages) Watch(page);
    }

    private void Watch(IPage page)
    {
        Owners.AddOrUpdate(page, this);
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame) Reached(frame.Url);
        };
    }

    public void Reached(string url)
    {
        if (RouteOf(url) is { } route) lock (gate) reached.TryAdd(route, url);
    }

    /// <summary>The ledger a page belongs to; null for a page no test opened through the fixture.</summary>
    public static PagesReached? Of(IPage page) => Owners.TryGetValue(page, out var ledger) ? ledger : null;

    public void Scanned(string url)
    {
        if (RouteOf(url) is { } route) lock (gate) scanned.Add(route);
    }

    public void Exempt(string url, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new ArgumentException("Say why the page is not scanned", nameof(reason));
        if (RouteOf(url) is { } route) lock (gate) exempt[route] = reason;
    }

    /// <summary>Routes reached but neither scanned nor exempted, each with the first address seen.</summary>
    public IReadOnlyList<string> Unscanned()
    {
        lock (gate) return reached.Where(r => !scanned.Contains(r.Key) && !exempt.ContainsKey(r.Key)).Select(r => $"{r.Key} (first reached at {r.Value})").ToList();
    }

    public void AssertEveryPageScanned()
    {
        var missing = Unscanned();
        Assert.True(missing.Count == 0,
            $"{test} reached {missing.Count} page(s) it never scanned for accessibility. Call BrowserFixture.AssertAccessibleAsync(page) " +
            "on each (or BrowserFixture.NotScanned(page, why) for a response that is not our HTML page):\n  " + string.Join("\n  ", missing));
    }

    public async Task CloseAsync()
    {
        List<IBrowserContext> open;
        lock (gate) open = [.. contexts];
        foreach (var context in open) await context.CloseAsync();
    }

    /// <summary>The path of an http(s) address with ids collapsed, so /cases/0191… and /cases/0192… are one page; null for about:blank and the like.</summary>
    public static string? RouteOf(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        return Id().Replace(uri.AbsolutePath, "{id}");
    }

    [GeneratedRegex("(?<=/)([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9]+)(?=/|$)")]
    private static partial Regex Id();
}
