/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_RADIUS_SERVER_H
#define WLC_RADIUS_SERVER_H

#include "radius-packet.h"

#include "ns3/application.h"
#include "ns3/eap-server-sm.h"
#include "ns3/ipv4-address.h"
#include "ns3/nstime.h"
#include "ns3/random-variable-stream.h"
#include "ns3/socket.h"
#include "ns3/traced-callback.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * A RADIUS authentication server (RFC 2865) for IEEE 802.1X with EAP (RFC 3579), running the
 * modelled PEAP-MSCHAPv2 method (EapServerSm) against a table of users, in the role FreeRADIUS
 * or Cisco ISE has in a WLAN.
 *
 * Each Access-Request must come from a configured NAS (AddClient), decode, carry an
 * EAP-Message and a correct Message-Authenticator (RFC 3579 §3.2); otherwise it is dropped,
 * counted (GetDropCount) and Drop fires. A request without State must carry a
 * Response/Identity and starts a session (the user's password is looked up by that identity;
 * an unknown user runs the method and is rejected at the peer proof); a request with State
 * continues the session that State names (unknown State: dropped). The session's EAP server
 * advances at once and the reply is sent ProcessingDelay later. Replies: Access-Challenge with
 * the next EAP-Request, State and Message-Authenticator; Access-Accept with EAP-Success,
 * MS-MPPE-Recv-Key = MSK[0..31], MS-MPPE-Send-Key = MSK[32..63] (RFC 2548, salt-encrypted),
 * User-Name, Session-Timeout and Message-Authenticator; Access-Reject with EAP-Failure and
 * Message-Authenticator.
 *
 * A duplicate Access-Request (same source address and port, Identifier and Request
 * Authenticator as one already answered, RFC 5080 §2.2.2) is answered with the cached reply
 * again without advancing the EAP state machine; a duplicate of a request whose reply is still
 * being prepared is ignored. Sessions idle for SessionIdleTimeout are forgotten.
 */
class RadiusServer : public Application
{
  public:
    /// Signature of the Accepted and Rejected traces: the user and the Calling-Station-Id
    /// (Accepted) or the reason (Rejected).
    typedef void (*UserTracedCallback)(std::string user, std::string detail);
    /// Signature of the Drop trace: why an Access-Request was dropped.
    typedef void (*DropTracedCallback)(std::string reason);

    /// \return the type's TypeId
    static TypeId GetTypeId();
    RadiusServer();
    ~RadiusServer() override;

    /**
     * Accept Access-Requests from a NAS.
     * \param nas the NAS's source address
     * \param secret the shared secret (not empty)
     */
    void AddClient(Ipv4Address nas, const std::string& secret);
    /**
     * Add (or replace) a user.
     * \param identity the EAP identity
     * \param password the password (not empty)
     */
    void AddUser(const std::string& identity, const std::string& password);

    /// \return Access-Requests dropped
    uint64_t GetDropCount() const;
    /// \return Access-Requests processed (duplicates not counted)
    uint64_t GetRequestCount() const;
    /// \return duplicate Access-Requests answered from the cache or ignored
    uint64_t GetDuplicateCount() const;
    /// \return Access-Accepts sent
    uint64_t GetAcceptCount() const;
    /// \return Access-Rejects sent
    uint64_t GetRejectCount() const;
    /// \return sessions in progress
    std::size_t GetSessionCount() const;
    /**
     * \param stream first stream index
     * \return the number of streams used (1)
     */
    int64_t AssignStreams(int64_t stream);

  protected:
    void DoDispose() override;

  private:
    void StartApplication() override;
    void StopApplication() override;

    /// An EAP conversation with one station.
    struct Session
    {
        std::unique_ptr<EapServerSm> eap; //!< the EAP server
        std::string user;                 //!< the EAP identity
        std::string callingStationId;     //!< Calling-Station-Id of the first request
        Time lastActivity;                //!< time of the last request
    };

    /// The reply to one Access-Request, kept for duplicates.
    struct CachedReply
    {
        RadiusPacket::Authenticator authenticator{}; //!< Request Authenticator answered
        std::vector<uint8_t> bytes;                  //!< reply image (empty: not yet sent)
        Time time;                                   //!< when the request arrived
    };

    /// Source address, source port, identifier.
    using RequestKey = std::tuple<uint32_t, uint16_t, uint8_t>;

    /// \param socket the socket with data
    void OnReceive(Ptr<Socket> socket);
    /// \param packet the datagram \param from its source
    void Process(Ptr<Packet> packet, const Address& from);
    /// \param reason why the request is dropped
    void Dropped(const std::string& reason);
    /// \param key the request \param to the NAS \param bytes the reply image
    void SendReply(RequestKey key, Address to, std::vector<uint8_t> bytes);
    /// Forget idle sessions and old cached replies.
    void Expire();
    /// \return a new 16-octet State value
    std::vector<uint8_t> NewState();
    /// \return a new 32-byte server nonce
    std::vector<uint8_t> NewNonce();

    uint16_t m_port;                              //!< UDP port
    Time m_processingDelay;                       //!< delay before each reply
    uint32_t m_roundTrips;                        //!< EapServerSm rounds
    uint32_t m_sessionTimeout;                    //!< Session-Timeout in Access-Accept, seconds
    Time m_idleTimeout;                           //!< sessions forgotten after this
    Ptr<Socket> m_socket;                         //!< UDP socket
    Ptr<UniformRandomVariable> m_random;          //!< nonces, State values, salts
    std::map<Ipv4Address, std::string> m_clients; //!< NAS -> secret
    std::map<std::string, std::string> m_users;   //!< identity -> password
    std::map<std::vector<uint8_t>, Session> m_sessions;       //!< by State
    std::map<RequestKey, CachedReply> m_cache;                //!< replies for duplicates
    uint64_t m_stateCounter;                                  //!< makes State values unique
    uint64_t m_drops;                                         //!< dropped requests
    uint64_t m_requests;                                      //!< processed requests
    uint64_t m_duplicates;                                    //!< duplicates
    uint64_t m_accepts;                                       //!< Access-Accepts
    uint64_t m_rejects;                                       //!< Access-Rejects
    TracedCallback<std::string, std::string> m_acceptedTrace; //!< user, Calling-Station-Id
    TracedCallback<std::string, std::string> m_rejectedTrace; //!< user, reason
    TracedCallback<std::string> m_dropTrace;                  //!< reason
};

} // namespace ns3

#endif /* WLC_RADIUS_SERVER_H */
