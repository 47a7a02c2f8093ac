namespace HcsBot.Bench.Fsrs;

/// <summary>
/// mulberry32, bit for bit as tools/fsrs-reference/mulberry32.mjs, so this benchmark and bench.mjs replay the same reviews.
/// </summary>
internal sealed class Mulberry32(uint seed)
{
    private uint state = seed;

    /// <summary>A uniform draw from [0, 1).</summary>
    public double Next()
    {
        state += 0x6D2B79F5;
        var t = state;
        t = (t ^ (t >> 15)) * (t | 1);
        t ^= t + ((t ^ (t >> 7)) * (t | 61));
        return (t ^ (t >> 14)) / 4294967296.0;
    }
}
