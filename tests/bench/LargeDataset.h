#pragma once

#include <QString>

namespace frontier::test {

/// A dataset folder with 1,000 crossings and 1,000,000 events (GeoJSONSeq), generated once per
/// run in a temporary folder; the basemap is the bundled one.
QString largeDatasetFolder();
/// Writes such a dataset with `events` events into the folder `path`.
void writeLargeDataset(const QString& path, int events);

} // namespace frontier::test
