/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_CLIENT_DATABASE_H
#define WLC_CLIENT_DATABASE_H

#include "client-entry.h"

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
 * A controller's client database: one entry per client MAC, found in constant time by MAC, by IP
 * address and by AP (Boost.MultiIndex), and listed in MAC order for the show commands.
 *
 * Entries are changed only through Modify(), so that every index stays consistent.
 */
class ClientDatabase
{
  public:
    /// Index tags.
    struct ByMac
    {
    };

    /// Index tag: IP address (0.0.0.0 for clients without one).
    struct ByIp
    {
    };

    /// Index tag: the AP's Ethernet MAC.
    struct ByAp
    {
    };

    /// Index tag: MAC order, for listings.
    struct Ordered
    {
    };

    /// The container.
    using Container = boost::multi_index_container<
        ClientEntry,
        boost::multi_index::indexed_by<
            boost::multi_index::hashed_unique<
                boost::multi_index::tag<ByMac>,
                boost::multi_index::member<ClientEntry, Mac48Address, &ClientEntry::mac>,
                Mac48AddressHasher>,
            boost::multi_index::hashed_non_unique<
                boost::multi_index::tag<ByIp>,
                boost::multi_index::member<ClientEntry, Ipv4Address, &ClientEntry::ip>,
                Ipv4AddressHasher>,
            boost::multi_index::hashed_non_unique<
                boost::multi_index::tag<ByAp>,
                boost::multi_index::member<ClientEntry, Mac48Address, &ClientEntry::apMac>,
                Mac48AddressHasher>,
            boost::multi_index::ordered_unique<
                boost::multi_index::tag<Ordered>,
                boost::multi_index::member<ClientEntry, Mac48Address, &ClientEntry::mac>>>>;

    /**
     * Add an entry.
     * \param entry the entry
     * \return false (and nothing changed) if an entry with that MAC exists
     */
    bool Insert(const ClientEntry& entry);
    /// \param mac a client MAC \return its entry, or nullptr
    const ClientEntry* Find(Mac48Address mac) const;
    /**
     * \param ip a client address (0.0.0.0 never matches)
     * \return the entry with that address, or nullptr
     */
    const ClientEntry* FindByIp(Ipv4Address ip) const;
    /// \param apMac an AP's Ethernet MAC \return the entries of the clients at that AP
    std::vector<const ClientEntry*> FindByAp(Mac48Address apMac) const;
    /**
     * Change an entry; the indexes follow the change.
     * \param mac the client
     * \param change called with the entry
     * \return false if there is no such client
     */
    bool Modify(Mac48Address mac, const std::function<void(ClientEntry&)>& change);
    /// \param mac the client \return false if there was no such client
    bool Erase(Mac48Address mac);
    /// \return the number of entries
    std::size_t GetN() const;
    /// \return every entry, in MAC order
    std::vector<const ClientEntry*> GetAll() const;

  private:
    Container m_entries; //!< the entries
};

} // namespace ns3

#endif /* WLC_CLIENT_DATABASE_H */
