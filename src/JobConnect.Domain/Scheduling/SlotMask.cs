using System.Numerics;

namespace JobConnect.Domain.Scheduling;

/// <summary>Slot sets as 64-bit masks (bit s = slot s).</summary>
internal static class SlotMask
{
    public static ulong Bit(int slot) => 1UL << slot;

    public static ulong All(int slotCount) => slotCount >= 64 ? ulong.MaxValue : (1UL << slotCount) - 1;

    public static ulong Below(int slot) => slot <= 0 ? 0 : All(slot);

    public static ulong Of(IEnumerable<int> slots) => slots.Aggregate(0UL, (mask, s) => mask | Bit(s));

    public static int Lowest(ulong mask) => BitOperations.TrailingZeroCount(mask);

    public static bool Has(ulong mask, int slot) => (mask & Bit(slot)) != 0;
}
