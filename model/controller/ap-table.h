/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_AP_TABLE_H
#define WLC_AP_TABLE_H

#include "ap-entry.h"

#include "ns3/address-hash.h"

#include <boost/multi_index/hashed_index.hpp>
#include <boost/multi_index/member.hpp>
#include <boost/multi_index/ordered_index.hpp>
#include <boost/multi_index_container.hpp>
#include <functional>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * A controller's table of joined APs, found in constant time by Ethernet MAC, by IP address (the
 * source of their CAPWAP messages) and by name, and listed in name order.
 */
class ApTable
{
  public:
    /// Index tag: Ethernet MAC.
    struct ByMac
    {
    };

    /// Index tag: IP address.
    struct ByIp
    {
    };

    /// Index tag: name, in order.
    struct ByName
    {
    };

    /// The container.
    using Container = boost::multi_index_container<
        ApEntry,
        boost::multi_index::indexed_by<
            boost::multi_index::hashed_unique<
                boost::multi_index::tag<ByMac>,
                boost::multi_index::member<ApEntry, Mac48Address, &ApEntry::ethernetMac>,
                Mac48AddressHasher>,
            boost::multi_index::hashed_unique<
                boost::multi_index::tag<ByIp>,
                boost::multi_index::member<ApEntry, Ipv4Address, &ApEntry::ip>,
                Ipv4AddressHasher>,
            boost::multi_index::ordered_unique<
                boost::multi_index::tag<ByName>,
                boost::multi_index::member<ApEntry, std::string, &ApEntry::name>>>>;

    /**
     * \param entry a new AP
     * \return false (nothing added) if its MAC, IP address or name is already in the table
     */
    bool Insert(const ApEntry& entry);
    /// \param mac an Ethernet MAC \return the AP, or nullptr
    const ApEntry* FindByMac(Mac48Address mac) const;
    /// \param ip an address \return the AP, or nullptr
    const ApEntry* FindByIp(Ipv4Address ip) const;
    /// \param name an AP name \return the AP, or nullptr
    const ApEntry* FindByName(const std::string& name) const;
    /**
     * Change an entry (a change colliding with another entry is rolled back).
     * \param mac the AP's Ethernet MAC
     * \param change called with the entry
     * \return false if there is no such AP or the change was rolled back
     */
    bool Modify(Mac48Address mac, const std::function<void(ApEntry&)>& change);
    /// \param mac the AP's Ethernet MAC \return false if there was no such AP
    bool Erase(Mac48Address mac);
    /// \return the number of APs
    std::size_t GetN() const;
    /// \return every AP, in name order
    std::vector<const ApEntry*> GetAll() const;

  private:
    Container m_entries; //!< the entries
};

} // namespace ns3

#endif /* WLC_AP_TABLE_H */
