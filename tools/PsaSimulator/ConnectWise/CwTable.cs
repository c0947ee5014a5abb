using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.ConnectWise;

/// <summary>
/// Rows ordered by id, readable by position: what navigable paging (skip to a position) and forward-only
/// paging (binary-search to the first id above pageId) both need without scanning from the start.
/// </summary>
internal interface ICwRows
{
    int Count { get; }
    JsonObject this[int index] { get; }

    /// <summary>The position of the first row whose id is greater than <paramref name="id"/>.</summary>
    int IndexAfter(long id);
}

/// <summary>
/// One entity table: rows by id plus a sorted id list. Ids only grow (new ids are max+1), so appends are
/// O(1); a seeded id out of order is inserted by binary search; deletes are O(n), which is fine for a test
/// server. Not thread-safe: the store's lock guards it.
/// </summary>
internal sealed class CwTable : ICwRows
{
    private readonly List<int> _ids = new();
    private readonly Dictionary<int, JsonObject> _rows = new();

    public int Count => _ids.Count;

    public JsonObject this[int index] => _rows[_ids[index]];

    /// <summary>The next id to assign: one above the highest ever held (ids stay stable and ascending).</summary>
    public int NextId { get; private set; } = 1;

    public IEnumerable<JsonObject> All => _ids.Select(id => _rows[id]);

    public JsonObject? Get(int id) => _rows.TryGetValue(id, out var row) ? row : null;

    public bool Contains(int id) => _rows.ContainsKey(id);

    public int TakeId() => NextId++;

    /// <summary>Adds or replaces the row with this id (the row's "id" must already be set).</summary>
    public void Put(int id, JsonObject row)
    {
        if (!_rows.ContainsKey(id))
        {
            var at = _ids.BinarySearch(id);
            _ids.Insert(~at, id);
        }
        _rows[id] = row;
        if (id >= NextId) NextId = id + 1;
    }

    public bool Remove(int id)
    {
        if (!_rows.Remove(id)) return false;
        _ids.RemoveAt(_ids.BinarySearch(id));
        return true;
    }

    public int IndexAfter(long id)
    {
        if (id >= int.MaxValue) return _ids.Count;
        if (id < int.MinValue) return 0;
        var at = _ids.BinarySearch((int)id + 1);
        return at >= 0 ? at : ~at;
    }
}

/// <summary>A small in-memory list already ordered by id (a contact's communications).</summary>
internal sealed class CwListRows : ICwRows
{
    private readonly List<JsonObject> _rows;

    public CwListRows(IEnumerable<JsonObject> rows) => _rows = rows.OrderBy(r => ConnectWiseData.IntOf(r["id"]) ?? 0).ToList();

    public int Count => _rows.Count;
    public JsonObject this[int index] => _rows[index];

    public int IndexAfter(long id)
    {
        var index = 0;
        while (index < _rows.Count && (ConnectWiseData.IntOf(_rows[index]["id"]) ?? 0) <= id) index++;
        return index;
    }
}
