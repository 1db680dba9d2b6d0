/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "client-database.h"

namespace ns3
{

bool
ClientDatabase::Insert(const ClientEntry& entry)
{
    return m_entries.insert(entry).second;
}

const ClientEntry*
ClientDatabase::Find(Mac48Address mac) const
{
    const auto& index = m_entries.get<ByMac>();
    auto it = index.find(mac);
    return it == index.end() ? nullptr : &*it;
}

const ClientEntry*
ClientDatabase::FindByIp(Ipv4Address ip) const
{
    if (ip == Ipv4Address::GetAny())
    {
        return nullptr;
    }
    const auto& index = m_entries.get<ByIp>();
    auto it = index.find(ip);
    return it == index.end() ? nullptr : &*it;
}

std::vector<const ClientEntry*>
ClientDatabase::FindByAp(Mac48Address apMac) const
{
    std::vector<const ClientEntry*> found;
    auto range = m_entries.get<ByAp>().equal_range(apMac);
    for (auto it = range.first; it != range.second; ++it)
    {
        found.push_back(&*it);
    }
    return found;
}

bool
ClientDatabase::Modify(Mac48Address mac, const std::function<void(ClientEntry&)>& change)
{
    auto& index = m_entries.get<ByMac>();
    auto it = index.find(mac);
    if (it == index.end())
    {
        return false;
    }
    // A change that would make the entry collide with another one is rolled back.
    ClientEntry before = *it;
    return index.modify(it, change, [&before](ClientEntry& entry) { entry = before; });
}

bool
ClientDatabase::Erase(Mac48Address mac)
{
    return m_entries.get<ByMac>().erase(mac) > 0;
}

std::size_t
ClientDatabase::GetN() const
{
    return m_entries.size();
}

std::vector<const ClientEntry*>
ClientDatabase::GetAll() const
{
    std::vector<const ClientEntry*> all;
    for (const auto& entry : m_entries.get<Ordered>())
    {
        all.push_back(&entry);
    }
    return all;
}

} // namespace ns3
