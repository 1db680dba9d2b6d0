/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "pmk-cache.h"

#include "ns3/simulator.h"
#include "ns3/wpa-crypto.h"

namespace ns3
{

void
PmkCache::Add(Mac48Address client,
              const std::vector<uint8_t>& pmk,
              const std::string& username,
              Time lifetime)
{
    m_entries[client] = Entry{pmk, username, Simulator::Now() + lifetime};
}

std::optional<PmkCache::Entry>
PmkCache::Get(Mac48Address client) const
{
    auto it = m_entries.find(client);
    if (it == m_entries.end() || it->second.expires <= Simulator::Now())
    {
        return std::nullopt;
    }
    return it->second;
}

std::optional<PmkCache::Entry>
PmkCache::Lookup(Mac48Address client,
                 Mac48Address bssid,
                 const std::vector<std::vector<uint8_t>>& pmkids) const
{
    std::optional<Entry> entry = Get(client);
    if (!entry)
    {
        return std::nullopt;
    }
    std::vector<uint8_t> expected = WpaCrypto::Pmkid(entry->pmk, bssid, client);
    for (const auto& pmkid : pmkids)
    {
        if (WpaCrypto::ConstantTimeEqual(pmkid, expected))
        {
            return entry;
        }
    }
    return std::nullopt;
}

void
PmkCache::Remove(Mac48Address client)
{
    m_entries.erase(client);
}

std::size_t
PmkCache::GetN() const
{
    return m_entries.size();
}

} // namespace ns3
