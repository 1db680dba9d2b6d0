/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "ap-table.h"

namespace ns3
{

std::string
ApSessionStateName(ApSessionState state)
{
    switch (state)
    {
    case ApSessionState::JOIN:
        return "Join";
    case ApSessionState::CONFIGURE:
        return "Configure";
    case ApSessionState::DATA_CHECK:
        return "Data Check";
    case ApSessionState::RUN:
        return "Run";
    }
    return "Unknown";
}

bool
ApTable::Insert(const ApEntry& entry)
{
    return m_entries.insert(entry).second;
}

const ApEntry*
ApTable::FindByMac(Mac48Address mac) const
{
    const auto& index = m_entries.get<ByMac>();
    auto it = index.find(mac);
    return it == index.end() ? nullptr : &*it;
}

const ApEntry*
ApTable::FindByIp(Ipv4Address ip) const
{
    const auto& index = m_entries.get<ByIp>();
    auto it = index.find(ip);
    return it == index.end() ? nullptr : &*it;
}

const ApEntry*
ApTable::FindByName(const std::string& name) const
{
    const auto& index = m_entries.get<ByName>();
    auto it = index.find(name);
    return it == index.end() ? nullptr : &*it;
}

bool
ApTable::Modify(Mac48Address mac, const std::function<void(ApEntry&)>& change)
{
    auto& index = m_entries.get<ByMac>();
    auto it = index.find(mac);
    if (it == index.end())
    {
        return false;
    }
    ApEntry before = *it;
    return index.modify(it, change, [&before](ApEntry& entry) { entry = before; });
}

bool
ApTable::Erase(Mac48Address mac)
{
    return m_entries.get<ByMac>().erase(mac) > 0;
}

std::size_t
ApTable::GetN() const
{
    return m_entries.size();
}

std::vector<const ApEntry*>
ApTable::GetAll() const
{
    std::vector<const ApEntry*> all;
    for (const auto& entry : m_entries.get<ByName>())
    {
        all.push_back(&entry);
    }
    return all;
}

} // namespace ns3
